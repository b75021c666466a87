import { REPORTED_FIELDS, type ReportedField } from "./reported-fields";
import type { SourceReport } from "./report-schema";

type ReportingSource = { id: number; url: string | null; datasetRecord?: string | null; outlet: string; publishedAt: string | null; report: SourceReport };

/** One figure as one source states it, and whether another source states a different value for it. */
export type ReportedCell = { value: number; quote: string | null; differs: boolean; otherValues: number[] } | null;

export type ReportedFiguresTable = {
  /** The figures at least one source states, in the casualty fields' order. */
  fields: { path: ReportedField; label: string }[];
  rows: {
    id: number;
    url: string | null;
    datasetRecord: string | null;
    outlet: string;
    publishedAt: string | null;
    originator: string | null;
    cells: Record<string, ReportedCell>;
  }[];
};

/**
 * The "Reported figures" table of an incident: one row per source that reports anything, a column per
 * figure some source states, each cell marked when another source gives a different value for the same
 * figure (a source that does not say is no disagreement).
 */
export function reportedFiguresTable(sources: readonly ReportingSource[]): ReportedFiguresTable {
  // A source that states only a date, place or perpetrator has its row in the facts table (report-fact-differences.ts).
  const reporting = sources.filter((s) => s.report.originator || Object.keys(s.report.figures).length > 0);
  const fields = REPORTED_FIELDS.filter((f) => reporting.some((s) => s.report.figures[f.path])).map(({ path, label }) => ({ path, label }));
  const rows = reporting.map((s) => {
    const cells: Record<string, ReportedCell> = {};
    for (const { path } of fields) {
      const figure = s.report.figures[path];
      if (!figure) {
        cells[path] = null;
        continue;
      }
      const others = reporting.filter((o) => o !== s).flatMap((o) => (o.report.figures[path] ? [o.report.figures[path]!.value] : []));
      const otherValues = [...new Set(others.filter((v) => v !== figure.value))].sort((a, b) => a - b);
      cells[path] = { value: figure.value, quote: figure.quote, differs: otherValues.length > 0, otherValues };
    }
    return {
      id: s.id,
      url: s.url,
      datasetRecord: s.datasetRecord ?? null,
      outlet: s.outlet,
      publishedAt: s.publishedAt,
      originator: s.report.originator,
      cells,
    };
  });
  return { fields, rows };
}
