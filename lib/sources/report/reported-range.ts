import type { ReportedField } from "./reported-fields";
import type { SourceReport } from "./report-schema";

/** The span of what the sources report for a figure, when they differ ("7–9"); null when they agree or fewer than two state it. */
export function differingRange(sources: readonly { report: Pick<SourceReport, "figures"> }[], path: ReportedField): { low: number; high: number } | null {
  const values = sources.flatMap((s) => (s.report.figures[path] ? [s.report.figures[path]!.value] : []));
  if (values.length < 2) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? null : { low, high };
}
