import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import {
  CountSchema,
  CountryIso3Schema,
  DatePrecisionSchema,
  GeoPrecisionSchema,
  LatitudeSchema,
  LongitudeSchema,
  OptionalPastDateSchema,
  PastDateSchema,
  StatusSchema,
  optionalText,
  requiredText,
} from "@/lib/validation/field-schemas";
import { EVENT_TYPE_NAMES } from "@/lib/taxonomy/event-types";
import { ATTACK_TYPES } from "@/lib/taxonomy/attack-types";
import { TARGET_TYPES } from "@/lib/taxonomy/target-types";
import { WEAPON_TYPE_NAMES } from "@/lib/taxonomy/weapon-types";
import { SourceInputSchema } from "@/lib/sources/schema";
import { ClaimInputSchema } from "@/lib/claims/schema";
import { IncidentActorInputSchema } from "@/lib/actors/schema";

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.literal(""), z.enum(values)], { error: message })
    .nullish()
    .transform((v) => (v ? v : null));

export const KilledSchema = z.object({
  total: CountSchema,
  securityForces: CountSchema,
  civilians: CountSchema,
  militants: CountSchema,
  unknown: CountSchema,
  low: CountSchema,
  high: CountSchema,
});

export const InjuredSchema = z.object({
  total: CountSchema,
  securityForces: CountSchema,
  civilians: CountSchema,
  militants: CountSchema,
  unknown: CountSchema,
});

const emptyCasualties = { total: null, securityForces: null, civilians: null, militants: null, unknown: null };

/** The fields of an incident, before the rules that tie them together. */
export const IncidentFieldsSchema = z.object({
  title: requiredText(LIMITS.title, "Title"),
  summary: optionalText(LIMITS.summary, "Summary").transform((v) => v ?? ""),
  status: StatusSchema.default("published"),

  eventDate: PastDateSchema,
  endDate: OptionalPastDateSchema,
  datePrecision: DatePrecisionSchema.default("day"),

  countryIso3: CountryIso3Schema,
  province: optionalText(LIMITS.placeName, "Province"),
  district: optionalText(LIMITS.placeName, "District"),
  location: optionalText(LIMITS.placeName, "Place"),
  latitude: LatitudeSchema.nullish().transform((v) => v ?? null),
  longitude: LongitudeSchema.nullish().transform((v) => v ?? null),
  geoPrecision: GeoPrecisionSchema.default("town"),

  eventType: z.enum(EVENT_TYPE_NAMES, { error: "Choose an event type" }),
  subEventType: optionalText(LIMITS.shortText, "Sub-event type"),
  attackType: optionalEnum(ATTACK_TYPES, "Choose an attack type from the list"),
  targetType: optionalEnum(TARGET_TYPES, "Choose a target type from the list"),
  target: optionalText(LIMITS.shortText, "Target"),
  weaponType: optionalEnum(WEAPON_TYPE_NAMES, "Choose a weapon type from the list"),
  weaponSubtype: optionalText(LIMITS.shortText, "Weapon sub-type"),
  suicide: z.boolean().default(false),

  killed: KilledSchema.default({ ...emptyCasualties, low: null, high: null }),
  injured: InjuredSchema.default(emptyCasualties),

  sources: z.array(SourceInputSchema).max(LIMITS.rowsPerIncident, "Too many sources").default([]),
  actors: z.array(IncidentActorInputSchema).max(LIMITS.rowsPerIncident, "Too many actors").default([]),
  claims: z.array(ClaimInputSchema).max(LIMITS.rowsPerIncident, "Too many claims").default([]),
});
