import { z } from "zod";
import type { IncidentInput } from "@/lib/incidents/schema";
import { countryFromAcled } from "@/lib/acled/country";
import type { IncidentKeeping } from "@/lib/incidents/write/write-incident";

/** What an Atlas CSV row says about the record it came from, beside its fields. */
export type AtlasIdentity = { atlasId: number | null; externalId: string | null; keeping: IncidentKeeping };

export type AtlasRowMapping = AtlasIdentity & { input: IncidentInput | null; problems: string[] };

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
  version: z.coerce.number().int().positive().optional(),
  createdAt: z.iso.datetime().transform((v) => new Date(v)).optional(),
  updatedAt: z.iso.datetime().transform((v) => new Date(v)).optional(),
});

/** Reads back one row of Atlas's own CSV export (ACLED's columns followed by Atlas's). */
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
  const suicide = t("suicide").toLowerCase();
  if (suicide && suicide !== "true" && suicide !== "false") problems.push(`suicide: "${t("suicide")}" is not true or false`);

  const input = {
    title: row.title ?? "",
    summary: row.notes ?? "",
    status: t("status") || undefined,
    eventDate: t("event_date"),
    endDate: t("end_date") || null,
    datePrecision: t("date_precision") || undefined,
    countryIso3: country?.iso3 ?? t("country"),
    province: row.admin1 ?? null,
    district: row.admin2 ?? null,
    location: row.location ?? null,
    latitude: num("latitude"),
    longitude: num("longitude"),
    geoPrecision: t("place_precision") || undefined,
    eventType: t("event_type"),
    subEventType: row.sub_event_type ?? null,
    attackType: t("attack_type") || null,
    targetType: t("target_type") || null,
    target: row.target ?? null,
    weaponType: t("weapon_type") || null,
    weaponSubtype: row.weapon_subtype ?? null,
    suicide: suicide === "true",
    killed: {
      total: num("fatalities"),
      securityForces: num("killed_security_forces"),
      civilians: num("killed_civilians"),
      militants: num("killed_militants"),
      unknown: num("killed_unknown"),
      low: num("killed_low"),
      high: num("killed_high"),
    },
    injured: {
      total: num("injured_total"),
      securityForces: num("injured_security_forces"),
      civilians: num("injured_civilians"),
      militants: num("injured_militants"),
      unknown: num("injured_unknown"),
    },
    sources: json(row.sources_json ?? "", "sources_json", problems),
    actors: json(row.actors_json ?? "", "actors_json", problems),
    claims: json(row.claims_json ?? "", "claims_json", problems),
  } as IncidentInput;
  return {
    atlasId: problems.length ? null : atlasId,
    externalId: t("event_id_cnty") || null,
    keeping: keeping.success ? keeping.data : {},
    input: problems.length ? null : input,
    problems,
  };
}
