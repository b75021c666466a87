import { REPORTED_FIELD_PATHS } from "@/lib/sources/report/reported-fields";
import type { SourceReportInput } from "@/lib/sources/report/report-schema";
import { REPORTED_FACT_PATHS } from "@/lib/sources/report/reported-facts";
import { toNumber } from "../fields/form-fields";

/**
 * A source's report in the form: "sources.0.report.originator" and, per figure,
 * "sources.0.report.figures.killed.total.value" / "….quote", and per fact
 * "sources.0.report.facts.location.value" / "….quote": the paths the schema's errors carry.
 */
export const REPORT_FORM_FIELDS = [
  "report.originator",
  ...REPORTED_FIELD_PATHS.flatMap((p) => [`report.figures.${p}.value`, `report.figures.${p}.quote`]),
  ...REPORTED_FACT_PATHS.flatMap((p) => [`report.facts.${p}.value`, `report.facts.${p}.quote`]),
] as const;

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));

/** A report as the form's values, under `prefix` ("sources.0."). */
export function reportFormValues(prefix: string, report: SourceReportInput | undefined): Record<string, string> {
  const out: Record<string, string> = { [`${prefix}report.originator`]: str(report?.originator) };
  for (const p of REPORTED_FIELD_PATHS) {
    const f = report?.figures?.[p];
    out[`${prefix}report.figures.${p}.value`] = str(f?.value);
    out[`${prefix}report.figures.${p}.quote`] = str(f?.quote);
  }
  for (const p of REPORTED_FACT_PATHS) {
    const f = report?.facts?.[p];
    out[`${prefix}report.facts.${p}.value`] = str(f?.value);
    out[`${prefix}report.facts.${p}.quote`] = str(f?.quote);
  }
  return out;
}

/** A form row's report fields as the schema's input; a figure typed as text stays text, for the schema to refuse. */
export function reportFromFormRow(row: Record<string, string>): SourceReportInput {
  const figures: Record<string, { value: number | null; quote: string }> = {};
  for (const p of REPORTED_FIELD_PATHS) {
    const value = row[`report.figures.${p}.value`] ?? "";
    const quote = row[`report.figures.${p}.quote`] ?? "";
    if (value.trim() === "" && quote.trim() === "") continue;
    figures[p] = { value: toNumber(value), quote };
  }
  const facts: Record<string, { value: string; quote: string }> = {};
  for (const p of REPORTED_FACT_PATHS) {
    const value = row[`report.facts.${p}.value`] ?? "";
    const quote = row[`report.facts.${p}.quote`] ?? "";
    if (value.trim() !== "" || quote.trim() !== "") facts[p] = { value, quote };
  }
  return { originator: row["report.originator"] ?? "", figures, facts };
}
