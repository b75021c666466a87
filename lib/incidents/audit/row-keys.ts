import type { DiffableIncident } from "./diffable";
import { REPORTED_FIELDS } from "@/lib/sources/report/reported-fields";
import type { SourceReport } from "@/lib/sources/report/report-schema";
import { REPORTED_FACTS } from "@/lib/sources/report/reported-facts";

type Row = Record<string, unknown>;
export type RowGroup = "sources" | "actors" | "claims";

/** How rows are matched between two versions, what to call a row, and which of its fields to compare. */
type RowSpec = {
  noun: string;
  key: (r: Row) => string;
  name: (r: Row) => string;
  fields: Record<string, string>;
  /** The row's values as the fields name them, when some are nested (a source's report). */
  values?: (r: Row) => Row;
};

/** A report figure's pseudo-field in the diff: "figure:killed.total". */
export const FIGURE_PREFIX = "figure:";

/** A report fact's pseudo-field in the diff: "fact:location". */
export const FACT_PREFIX = "fact:";

const withQuote = (v: { value: unknown; quote: string | null } | undefined) => (v ? (v.quote ? `${String(v.value)} ("${v.quote}")` : String(v.value)) : null);

/** A source row with its report's originator, figures and facts as fields of their own, each with its quote. */
function sourceValues(r: Row): Row {
  const report = r.report as SourceReport | undefined;
  const out: Row = { ...r, originator: report?.originator ?? null };
  for (const f of REPORTED_FIELDS) out[`${FIGURE_PREFIX}${f.path}`] = withQuote(report?.figures[f.path]);
  // Snapshots written before facts existed have none: the source did not state any.
  for (const f of REPORTED_FACTS) out[`${FACT_PREFIX}${f.path}`] = withQuote(report?.facts?.[f.path]);
  return out;
}

export const ROW_GROUPS: Record<RowGroup, RowSpec> = {
  sources: {
    noun: "source",
    // A snapshot from before dataset sources has no datasetRecord: its sources are articles.
    key: (r) => (r.url ? normaliseUrlText(String(r.url)) : `dataset:${String(r.datasetRecord)}`),
    name: (r) => `${String(r.outlet)} (${String(r.url ?? r.datasetRecord)})`,
    fields: {
      ...{ outlet: "outlet", headline: "headline", publishedAt: "published", language: "language", quote: "quote", notes: "notes" },
      originator: "reported by",
      ...Object.fromEntries(REPORTED_FIELDS.map((f) => [`${FIGURE_PREFIX}${f.path}`, `reports ${f.label.toLowerCase()}`])),
      ...Object.fromEntries(REPORTED_FACTS.map((f) => [`${FACT_PREFIX}${f.path}`, `reports ${f.label.toLowerCase()}`])),
    },
    values: sourceValues,
  },
  actors: {
    noun: "actor",
    key: (r) => `${String(r.name).toLowerCase()}|${String(r.role)}`,
    name: (r) => `${String(r.name)} (${String(r.role)}, ${String(r.certainty)})`,
    fields: { kind: "kind", certainty: "certainty" },
  },
  claims: {
    noun: "claim",
    key: (r) => `${String(r.kind)}|${String(r.claimantName).toLowerCase()}|${String(r.subject).toLowerCase()}`,
    name: (r) => `${String(r.kind)} by ${String(r.claimantName)} about ${String(r.subject)}`,
    fields: { claimantRole: "claimant's role", statement: "statement", madeOn: "date", sourceUrl: "source" },
  },
};

/** Rows keyed for matching; a repeated key gets "#2", "#3" so no row is lost. */
export function keyedRows(x: DiffableIncident | null, group: RowGroup): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const row of (x?.[group] ?? []) as Row[]) {
    const base = ROW_GROUPS[group].key(row);
    let key = base;
    for (let n = 2; out.has(key); n++) key = `${base}#${n}`;
    out.set(key, row);
  }
  return out;
}

/** A URL compared as the write path stores it: no fragment, no trailing slash, case-insensitive host. */
function normaliseUrlText(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = "";
    return u.toString().replace(/\/$/, "");
  } catch {
    return url.trim();
  }
}
