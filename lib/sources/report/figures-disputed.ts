import { REPORTED_FIELD_PATHS } from "./reported-fields";
import type { SourceReport } from "./report-schema";

/**
 * Whether an incident's figures are disputed (issue #13, part 3): two of its sources' reports give
 * different values for the same figure. A source that does not state a figure disputes nothing.
 * Stored as Incident.figuresDisputed by every writer (docs/decisions/016-coded-figures.md).
 */
export function figuresDisputed(sources: readonly { report: Pick<SourceReport, "figures"> }[]): boolean {
  return REPORTED_FIELD_PATHS.some((path) => new Set(sources.flatMap((s) => (s.report.figures[path] ? [s.report.figures[path]!.value] : []))).size > 1);
}
