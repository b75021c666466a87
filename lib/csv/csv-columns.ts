import type { IncidentRecord } from "@/lib/incidents/record/record";
import { ACLED_COLUMNS } from "@/lib/acled/columns";
import { toAcledColumns } from "@/lib/acled/to-acled-columns";

type Value = string | number | boolean | null;

/**
 * Atlas's own columns, after ACLED's. With them an Atlas CSV holds the whole record, so importing it
 * gives the same incident back: the *_json columns carry the sources, actors and claims in full.
 */
export const ATLAS_COLUMNS = [
  "atlas_id",
  "title",
  "status",
  "end_date",
  "date_precision",
  "place_precision",
  "province_iso",
  "killed_security_forces",
  "killed_civilians",
  "killed_militants",
  "killed_unknown",
  "killed_low",
  "killed_high",
  "injured_total",
  "injured_security_forces",
  "injured_civilians",
  "injured_militants",
  "injured_unknown",
  "attack_type",
  "target_type",
  "target",
  "weapon_type",
  "weapon_subtype",
  "suicide",
  "source_urls",
  "sources_json",
  "actors_json",
  "claims_json",
  "version",
  "created_at",
  "updated_at",
] as const;

export type AtlasColumn = (typeof ATLAS_COLUMNS)[number];

export const CSV_COLUMNS = [...ACLED_COLUMNS, ...ATLAS_COLUMNS] as const;

function atlasColumns(r: IncidentRecord): Record<AtlasColumn, Value> {
  return {
    atlas_id: r.id,
    title: r.title,
    status: r.status,
    end_date: r.endDate,
    date_precision: r.datePrecision,
    place_precision: r.geoPrecision,
    province_iso: r.provinceIso,
    killed_security_forces: r.killed.securityForces,
    killed_civilians: r.killed.civilians,
    killed_militants: r.killed.militants,
    killed_unknown: r.killed.unknown,
    killed_low: r.killed.low,
    killed_high: r.killed.high,
    injured_total: r.injured.total,
    injured_security_forces: r.injured.securityForces,
    injured_civilians: r.injured.civilians,
    injured_militants: r.injured.militants,
    injured_unknown: r.injured.unknown,
    attack_type: r.attackType,
    target_type: r.targetType,
    target: r.target,
    weapon_type: r.weaponType,
    weapon_subtype: r.weaponSubtype,
    suicide: r.suicide,
    source_urls: r.sources.map((s) => s.url).join(" ; "),
    sources_json: JSON.stringify(
      r.sources.map(({ url, outlet, headline, publishedAt, language, notes, quote }) => ({ url, outlet, headline, publishedAt, language, notes, quote })),
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
        sourceUrl: source?.url ?? null,
      })),
    ),
    version: r.version,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

/** One record as the values of CSV_COLUMNS, in order. */
export function incidentCsvValues(r: IncidentRecord): Value[] {
  const all: Record<string, Value> = { ...toAcledColumns(r), ...atlasColumns(r) };
  return CSV_COLUMNS.map((c) => all[c] ?? null);
}
