import { REPORTED_FACTS, sameFact, type ReportedFactPath } from "./reported-facts";
import type { SourceReport } from "./report-schema";

type ReportingSource = {
  id: number;
  url: string | null;
  datasetRecord?: string | null;
  outlet: string;
  publishedAt: string | null;
  report: Pick<SourceReport, "facts">;
};

/** One fact as one source states it, and whether another source states it differently. */
export type FactCell = { value: string; quote: string | null; differs: boolean; otherValues: string[] } | null;

export type ReportedFactsTable = {
  fields: { path: ReportedFactPath; label: string }[];
  rows: {
    id: number;
    url: string | null;
    datasetRecord: string | null;
    outlet: string;
    publishedAt: string | null;
    cells: Partial<Record<ReportedFactPath, FactCell>>;
  }[];
};

/**
 * The date, place and perpetrator as each source gives them: a row per source that states any, a
 * column per fact some source states, a cell marked when another source states it differently (case,
 * spacing and punctuation aside; a source that does not say is no disagreement).
 */
export function reportedFactsTable(sources: readonly ReportingSource[]): ReportedFactsTable {
  const stating = sources.filter((s) => Object.keys(s.report.facts).length > 0);
  const fields = REPORTED_FACTS.filter((f) => stating.some((s) => s.report.facts[f.path])).map(({ path, label }) => ({ path, label }));
  const rows = stating.map((s) => {
    const cells: Partial<Record<ReportedFactPath, FactCell>> = {};
    for (const { path } of fields) {
      const fact = s.report.facts[path];
      if (!fact) {
        cells[path] = null;
        continue;
      }
      const others = stating.filter((o) => o !== s).flatMap((o) => (o.report.facts[path] ? [o.report.facts[path]!.value] : []));
      const otherValues = others.filter((v, i) => !sameFact(v, fact.value) && others.findIndex((w) => sameFact(w, v)) === i);
      cells[path] = { value: fact.value, quote: fact.quote, differs: otherValues.length > 0, otherValues };
    }
    return { id: s.id, url: s.url, datasetRecord: s.datasetRecord ?? null, outlet: s.outlet, publishedAt: s.publishedAt, cells };
  });
  return { fields, rows };
}
