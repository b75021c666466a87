import type { ReportedField } from "@/lib/sources/report/reported-fields";
import type { CodedFigures } from "./coded-figures";
import type { FigureCoding } from "./coding-schema";

/**
 * The coding that keeps today's coded values when a new source's report comes in (issue #13: adding
 * a report must not overwrite a figure without the analyst's choice). For each figure the new report
 * states and the analyst has not coded yet: a value resting on the reports stays on the report it
 * rests on; a value the analyst entered stays, with a reason saying so. An empty figure is left to
 * the rule: the report fills it, and nothing is overwritten.
 */
export function pinBeforeAdding(coded: CodedFigures, coding: FigureCoding, stated: ReadonlySet<ReportedField>, outlet: string): FigureCoding {
  const pinned: FigureCoding = { ...coding };
  const name = outlet.trim().slice(0, 120) || "a new source";
  for (const f of Object.values(coded)) {
    if (!stated.has(f.path) || coding[f.path] || f.value === null) continue;
    if (f.rule === "reports" && f.basis) pinned[f.path] = { rule: "reports", sourceUrl: f.basis.ref, reason: null };
    else if (f.rule === "entered") pinned[f.path] = { rule: "analyst", sourceUrl: null, reason: `As recorded before ${name}'s report was added` };
  }
  return pinned;
}
