import { z } from "zod";
import { MAX_RECORD_ID } from "@/lib/validation/id-param";
import type { IncidentInput } from "@/lib/incidents/schema";
import { countryFromAcled } from "@/lib/acled/country";
import type { IncidentKeeping } from "@/lib/incidents/write/write-incident";
import { FLAG_COLUMNS, inputFromCsvCells } from "@/lib/incidents/fields/csv-fields";
import { readImportLinks, type ImportLink } from "./links/import-link-schema";

/** What an Atlas CSV row says about the record it came from, beside its fields. */
export type AtlasIdentity = { atlasId: number | null; externalId: string | null; keeping: IncidentKeeping };

export type AtlasRowMapping = AtlasIdentity & { input: IncidentInput | null; problems: string[]; links: ImportLink[] };

const json = (value: string, column: string, problems: string[]): unknown[] => {
  if (!value.trim()) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // reported below
  }
  problems.push(`${column}: not a JSON list`);
  return [];
};

const Keeping = z.object({
  version: z.coerce.number().int().positive().max(MAX_RECORD_ID).optional(),
  createdAt: z.iso
    .datetime()
    .transform((v) => new Date(v))
    .optional(),
  updatedAt: z.iso
    .datetime()
    .transform((v) => new Date(v))
    .optional(),
});

/** Reads back one row of Atlas's own CSV export (ACLED's columns followed by Atlas's), its fields by the field table. */
export function fromAtlasCsvRow(row: Record<string, string>): AtlasRowMapping {
  const problems: string[] = [];
  const t = (k: string) => (row[k] ?? "").trim();
  const num = (k: string): number | null => {
    const v = t(k);
    if (!v) return null;
    const n = Number(v);
    if (!Number.isFinite(n)) problems.push(`${k}: "${v}" is not a number`);
    return Number.isFinite(n) ? n : null;
  };
  const atlasId = num("atlas_id");
  if (atlasId !== null && !(Number.isInteger(atlasId) && atlasId > 0)) problems.push(`atlas_id: "${t("atlas_id")}" is not an id`);
  const keeping = Keeping.safeParse({
    version: t("version") || undefined,
    createdAt: t("created_at") || undefined,
    updatedAt: t("updated_at") || undefined,
  });
  if (!keeping.success) problems.push("version, created_at or updated_at cannot be read");
  const country = countryFromAcled(t("country"), t("iso"));
  if (!country) problems.push(`country: "${t("country")}" is not a country Atlas covers`);
  const flags: Record<string, boolean | null> = {};
  for (const { path, column } of FLAG_COLUMNS) {
    const value = t(column).toLowerCase();
    if (value && value !== "true" && value !== "false") problems.push(`${column}: "${t(column)}" is not true, false or empty (not known)`);
    flags[path] = value === "" ? null : value === "true";
  }

  const input = {
    ...inputFromCsvCells({ raw: (k) => row[k], trimmed: t, number: num }),
    ...flags,
    countryIso3: country?.iso3 ?? t("country"),
    sources: json(row.sources_json ?? "", "sources_json", problems),
    actors: json(row.actors_json ?? "", "actors_json", problems),
    claims: json(row.claims_json ?? "", "claims_json", problems),
  } as IncidentInput;
  // An older export has no links_json column: no links.
  const links = row.links_json === undefined ? { links: [], problems: [] } : readImportLinks(json(row.links_json, "links_json", problems), "links_json");
  problems.push(...links.problems);
  return {
    atlasId: problems.length ? null : atlasId,
    externalId: t("event_id_cnty") || null,
    keeping: keeping.success ? keeping.data : {},
    input: problems.length ? null : input,
    problems,
    links: problems.length ? [] : links.links,
  };
}
