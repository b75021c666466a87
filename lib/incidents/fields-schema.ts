import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import { SourceInputSchema } from "@/lib/sources/schema";
import { ClaimInputSchema } from "@/lib/claims/schema";
import { IncidentActorInputSchema } from "@/lib/actors/schema";
import { FigureCodingInputSchema } from "@/lib/sources/coding/coding-schema";
import { FIELD_TABLE } from "./fields/field-table";
import type { GroupInputSchemas, TopInputSchemas } from "./fields/field-types";
import { groupOf } from "./fields/field-spec";

type GroupSchemas = { [G in keyof GroupInputSchemas]: z.ZodDefault<z.ZodObject<GroupInputSchemas[G]>> };

/** Each field's own check from the field table; a group ("killed") is an object that defaults to all null. */
function fieldSchemas(): TopInputSchemas & GroupSchemas {
  const top: Record<string, z.ZodType> = {};
  const groups: Record<string, Record<string, z.ZodType>> = {};
  for (const f of FIELD_TABLE) {
    if (!f.input) continue;
    const group = groupOf(f.path);
    if (group) (groups[group] ??= {})[f.path.slice(group.length + 1)] = f.input;
    else top[f.path] = f.input;
  }
  const grouped = Object.entries(groups).map(([g, shape]) => [g, z.object(shape).default(Object.fromEntries(Object.keys(shape).map((k) => [k, null])))]);
  return { ...top, ...Object.fromEntries(grouped) } as TopInputSchemas & GroupSchemas;
}

const FIELDS = fieldSchemas();

export const KilledSchema = FIELDS.killed.unwrap();
export const InjuredSchema = FIELDS.injured.unwrap();

/** The fields of an incident, before the rules that tie them together. */
export const IncidentFieldsSchema = z.object({
  ...FIELDS,
  sources: z.array(SourceInputSchema).max(LIMITS.rowsPerIncident, "Too many sources").default([]),
  actors: z.array(IncidentActorInputSchema).max(LIMITS.rowsPerIncident, "Too many actors").default([]),
  claims: z.array(ClaimInputSchema).max(LIMITS.rowsPerIncident, "Too many claims").default([]),
  // How each casualty figure is coded from the sources' reports (docs/decisions/016-coded-figures.md).
  coding: FigureCodingInputSchema,
});
