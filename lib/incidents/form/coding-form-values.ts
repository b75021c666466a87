import { REPORTED_FIELD_PATHS } from "@/lib/sources/report/reported-fields";
import type { FigureCodingInput } from "@/lib/sources/coding/coding-schema";
import type { FigureChoice } from "@/lib/sources/coding/coding-schema";

/**
 * A figure's coding in the form (docs/decisions/016-coded-figures.md): one select per figure,
 * "coding.killed.total.sourceUrl", holding "" (the reports' rule), a source's URL (the analyst's
 * choice among the reports) or ANALYST (set by the analyst), and "coding.killed.total.reason".
 * The select carries the sourceUrl name so the schema's message about a chosen source lands on it.
 */
export const ANALYST = "analyst";

export const codingFormName = (path: string, key: "sourceUrl" | "reason") => `coding.${path}.${key}`;

/** The stored coding as the form's values. */
export function codingFormValues(coding: Partial<Record<string, FigureChoice>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, c] of Object.entries(coding)) {
    if (!c) continue;
    out[codingFormName(path, "sourceUrl")] = c.rule === "analyst" ? ANALYST : (c.sourceUrl ?? "");
    out[codingFormName(path, "reason")] = c.reason ?? "";
  }
  return out;
}

/** The form's coding values as the schema's input. */
export function codingFromFormValues(values: Record<string, string>): FigureCodingInput {
  const out: Record<string, { rule: "reports" | "analyst"; sourceUrl: string; reason: string }> = {};
  for (const path of REPORTED_FIELD_PATHS) {
    const choice = (values[codingFormName(path, "sourceUrl")] ?? "").trim();
    if (choice === ANALYST) out[path] = { rule: "analyst", sourceUrl: "", reason: values[codingFormName(path, "reason")] ?? "" };
    else if (choice) out[path] = { rule: "reports", sourceUrl: choice, reason: "" };
  }
  return out;
}
