import { sourceRef } from "@/lib/sources/schema";
import type { IncidentRecord } from "@/lib/incidents/record/record";
import { ACLED_COLUMNS } from "@/lib/acled/columns";
import { toAcledColumns } from "@/lib/acled/to-acled-columns";
import { ATLAS_FIELD_COLUMNS, csvCells } from "@/lib/incidents/fields/csv-fields";
import type { ApiLink } from "@/lib/incidents/links/link-record-schema";

type Value = string | number | boolean | null;

/**
 * Atlas's own columns, after ACLED's. With them an Atlas CSV holds the whole record, so importing it
 * gives the same incident back: the *_json columns carry the sources, actors and claims in full.
 * The fields' columns come from the field table, in its order.
 */
export const ATLAS_COLUMNS = [
  "atlas_id",
  ...ATLAS_FIELD_COLUMNS,
  "source_urls",
  "source_count",
  "figures_disputed",
  "sources_json",
  "actors_json",
  "claims_json",
  "links_json",
  "version",
  "created_at",
  "updated_at",
] as const;

export type AtlasColumn = (typeof ATLAS_COLUMNS)[number];

export const CSV_COLUMNS = [...ACLED_COLUMNS, ...ATLAS_COLUMNS] as const;

/** A record as the exports write it: with its links, when the export read them (decision 021). */
export type ExportRecord = IncidentRecord & { links?: ApiLink[] };

function atlasColumns(r: ExportRecord): Record<AtlasColumn, Value> {
  return {
    atlas_id: r.id,
    ...csvCells(r, "atlas"),
    // Articles only: a dataset record has no URL (it is in sources_json).
    source_urls: r.sources.flatMap((s) => (s.url ? [s.url] : [])).join(" ; "),
    source_count: r.sourceCount,
    figures_disputed: r.figuresDisputed,
    sources_json: JSON.stringify(
      r.sources.map(({ url, datasetRecord, outlet, headline, publishedAt, language, notes, quote }) => ({
        url,
        datasetRecord,
        outlet,
        headline,
        publishedAt,
        language,
        notes,
        quote,
      })),
    ),
    actors_json: JSON.stringify(r.actors.map(({ name, kind, role, certainty }) => ({ name, kind, role, certainty }))),
    claims_json: JSON.stringify(
      r.claims.map(({ kind, claimantName, claimantRole, subject, statement, madeOn, source }) => ({
        kind,
        claimantName,
        claimantRole,
        subject,
        statement,
        madeOn,
        sourceUrl: source ? sourceRef(source) : null,
      })),
    ),
    // Links name the other record by its id in this atlas: kept in the file, not read back by an import.
    links_json: JSON.stringify(r.links ?? []),
    version: r.version,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

/** One record as the values of CSV_COLUMNS, in order. */
export function incidentCsvValues(r: ExportRecord): Value[] {
  const all: Record<string, Value> = { ...toAcledColumns(r), ...atlasColumns(r) };
  return CSV_COLUMNS.map((c) => all[c] ?? null);
}
