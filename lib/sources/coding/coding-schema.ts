import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import { optionalText } from "@/lib/validation/field-schemas";
import { REPORTED_FIELD_PATHS, type ReportedField } from "@/lib/sources/report/reported-fields";

/**
 * How one casualty figure is coded (docs/decisions/016-coded-figures.md): by the reports' rule
 * ("reports": best is the preset report, or the source the analyst chose by its URL), or set by the
 * analyst ("analyst") with a short reason. A figure left out follows the reports' rule.
 */
export const FigureChoiceInputSchema = z.object({
  rule: z.enum(["reports", "analyst"], { error: "Choose how this figure is coded" }).default("reports"),
  sourceUrl: optionalText(LIMITS.url, "Source"),
  reason: optionalText(LIMITS.shortText, "Reason"),
});

const choiceShape = Object.fromEntries(REPORTED_FIELD_PATHS.map((p) => [p, FigureChoiceInputSchema.optional()])) as Record<
  ReportedField,
  z.ZodOptional<typeof FigureChoiceInputSchema>
>;

export type FigureChoice = { rule: "reports"; sourceUrl: string | null; reason: null } | { rule: "analyst"; sourceUrl: null; reason: string | null };

/** Each figure's choice, keyed by casualty field; only choices that differ from the default rule are kept. */
export const FigureCodingInputSchema = z
  .object(choiceShape)
  .default({})
  .transform((coding) => {
    const out: Partial<Record<ReportedField, FigureChoice>> = {};
    for (const path of REPORTED_FIELD_PATHS) {
      const c = coding[path];
      if (!c) continue;
      if (c.rule === "analyst") out[path] = { rule: "analyst", sourceUrl: null, reason: c.reason };
      else if (c.sourceUrl) out[path] = { rule: "reports", sourceUrl: c.sourceUrl, reason: null };
    }
    return out;
  });

export type FigureCodingInput = z.input<typeof FigureCodingInputSchema>;
export type FigureCoding = z.output<typeof FigureCodingInputSchema>;

const FigureChoiceRecordSchema = z.object({
  rule: z.enum(["reports", "analyst"]).describe('"reports": derived from the sources\' reports; "analyst": set by the analyst'),
  sourceUrl: z.string().nullable().describe("For rule reports: the source whose value the analyst chose as best (null: the preset)"),
  reason: z.string().nullable().describe("For rule analyst: why the analyst set the value"),
});

/** The coding as the API returns it (`coding`); PATCH and POST accept it back as it is. */
export const FigureCodingRecordSchema = z
  .object(
    Object.fromEntries(REPORTED_FIELD_PATHS.map((p) => [p, FigureChoiceRecordSchema.optional()])) as Record<
      ReportedField,
      z.ZodOptional<typeof FigureChoiceRecordSchema>
    >,
  )
  .describe(
    "How each casualty figure is coded, by field: left out, it follows the reports (low = smallest, high = largest, best = the most recent report from the most direct originator)",
  );

/** The stored column (Incident.figureCoding, JSON) as the coding; anything unreadable is the default rule. */
export function codingFromColumn(text: string | null | undefined): FigureCoding {
  if (!text) return {};
  try {
    const parsed = FigureCodingInputSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** The coding as stored: null when every figure follows the reports. */
export const codingToColumn = (coding: FigureCoding): string | null => (Object.keys(coding).length ? JSON.stringify(coding) : null);
