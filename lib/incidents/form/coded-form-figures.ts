import { codeFigures, type CodedFigures, type CodingSource } from "@/lib/sources/coding/coded-figures";
import { sourceRef } from "@/lib/sources/schema";
import { FigureCodingInputSchema } from "@/lib/sources/coding/coding-schema";
import { REPORTED_FIELD_PATHS } from "@/lib/sources/report/reported-fields";
import { valueAt } from "../fields/field-spec";
import { incidentFromFormValues, type IncidentFormValues } from "./form-data";

const count = (v: unknown): number | null => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null);

/** The sources as typed so far, each with the figures it states as whole numbers (anything else is not yet a figure). */
export function codingSourcesFromForm(values: IncidentFormValues): CodingSource[] {
  return (incidentFromFormValues(values).sources ?? []).map((s) => {
    const figures: CodingSource["report"]["figures"] = {};
    for (const path of REPORTED_FIELD_PATHS) {
      const value = count(s.report?.figures?.[path]?.value);
      if (value !== null) figures[path] = { value, quote: null };
    }
    return {
      url: s.url?.trim() || null,
      datasetRecord: s.datasetRecord?.trim() || null,
      outlet: (s.outlet ?? "").trim() || sourceRef({ url: s.url?.trim() ?? null, datasetRecord: s.datasetRecord }),
      publishedAt: s.publishedAt || null,
      report: { originator: s.report?.originator || null, figures },
    };
  });
}

/**
 * The casualty figures as the server will code them, from the form as typed: the same rule
 * (coded-figures.ts) over the same input the schema receives, so the form shows what will be stored.
 */
export function codedFromFormValues(values: IncidentFormValues): { coded: CodedFigures; sources: CodingSource[] } {
  const input = incidentFromFormValues(values);
  const coding = FigureCodingInputSchema.safeParse(input.coding);
  const sources = codingSourcesFromForm(values);
  const coded = codeFigures(sources, coding.success ? coding.data : {}, (path) => count(valueAt(input, path)));
  return { coded, sources };
}
