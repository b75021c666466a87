import { REPORTED_FIELD_PATHS, type ReportedField } from "./reported-fields";
import type { ReportedFigures, SourceReport } from "./report-schema";
import { factsFromColumn } from "./reported-facts";

type FigureRow = { field: string; value: number | bigint; quote: string | null };

/**
 * A link's report as the record holds it, from its stored rows (Prisma's or raw SQL's), with the
 * figures in the reported fields' order and its facts from their JSON column. A stored field no longer
 * reported is left out.
 */
export function reportFromRows(originator: string | null, rows: readonly FigureRow[], factsColumn: string | null): SourceReport {
  const byField = new Map(rows.map((r) => [r.field, r]));
  const figures: ReportedFigures = {};
  for (const path of REPORTED_FIELD_PATHS) {
    const row = byField.get(path);
    if (row) figures[path] = { value: Number(row.value), quote: row.quote };
  }
  return { originator, figures, facts: factsFromColumn(factsColumn) };
}

/** The rows to store for a report, one per stated figure. */
export function figureRows(report: SourceReport): { field: ReportedField; value: number; quote: string | null }[] {
  return REPORTED_FIELD_PATHS.flatMap((field) => {
    const f = report.figures[field];
    return f ? [{ field, value: f.value, quote: f.quote }] : [];
  });
}
