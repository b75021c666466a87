import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import {
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
import { STATUS_NAMES } from "@/lib/taxonomy/statuses";
import { DATE_PRECISION_NAMES, GEO_PRECISION_NAMES } from "@/lib/taxonomy/precision";
import { EVENT_TYPE_NAMES } from "@/lib/taxonomy/event-types";
import { ATTACK_TYPES } from "@/lib/taxonomy/attack-types";
import { TARGET_TYPES } from "@/lib/taxonomy/target-types";
import { WEAPON_TYPE_NAMES } from "@/lib/taxonomy/weapon-types";
import type { FieldSpec } from "./field-spec";

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.literal(""), z.enum(values)], { error: message })
    .nullish()
    .transform((v) => (v ? v : null));

const optionalNumber = <T extends z.ZodNumber>(schema: T) => schema.nullish().transform((v) => v ?? null);

/** The incident's single-valued fields other than casualties, in form order (the History lists changes in it). */
export const INCIDENT_FIELDS = [
  { path: "title", column: "title", kind: "text", label: "Title", group: "what", csv: { atlas: "title" }, input: requiredText(LIMITS.title, "Title") },
  {
    path: "summary", column: "summary", kind: "text", label: "Summary", group: "what", codebook: "ACLED notes", csv: { acled: "notes" },
    input: optionalText(LIMITS.summary, "Summary").transform((v) => v ?? ""),
  },
  { path: "status", column: "status", kind: "enum", values: STATUS_NAMES, label: "Status", group: "what", csv: { atlas: "status" }, input: StatusSchema.default("published") },

  { path: "eventDate", column: "eventDate", kind: "day", label: "Date", group: "when", codebook: "ACLED event_date", csv: { acled: "event_date" }, input: PastDateSchema },
  { path: "endDate", column: "endDate", kind: "optionalDay", label: "End date", group: "when", csv: { atlas: "end_date" }, input: OptionalPastDateSchema },
  {
    path: "datePrecision", column: "datePrecision", kind: "enum", values: DATE_PRECISION_NAMES, label: "Date precision", group: "when",
    codebook: "ACLED time_precision, UCDP date_prec", csv: { atlas: "date_precision" }, input: DatePrecisionSchema.default("day"),
  },

  { path: "countryIso3", column: "countryIso3", kind: "choice", label: "Country", group: "where", codebook: "ACLED iso", input: CountryIso3Schema },
  { path: "countryName", column: "countryName", kind: "text", label: "Country name", group: "where", codebook: "ACLED country", csv: { acled: "country" } },
  { path: "provinceIso", column: "provinceIso", kind: "optionalText", label: "Province code", group: "where", csv: { atlas: "province_iso" }, describe: "ISO 3166-2, e.g. PK-KP" },
  { path: "province", column: "province", kind: "optionalText", label: "Province", group: "where", codebook: "ACLED admin1", csv: { acled: "admin1" }, input: optionalText(LIMITS.placeName, "Province") },
  { path: "district", column: "district", kind: "optionalText", label: "District", group: "where", codebook: "ACLED admin2", csv: { acled: "admin2" }, input: optionalText(LIMITS.placeName, "District") },
  { path: "location", column: "location", kind: "optionalText", label: "Place", group: "where", codebook: "ACLED location", csv: { acled: "location" }, input: optionalText(LIMITS.placeName, "Place") },
  { path: "latitude", column: "latitude", kind: "number", label: "Latitude", group: "where", codebook: "ACLED latitude", csv: { acled: "latitude" }, input: optionalNumber(LatitudeSchema) },
  { path: "longitude", column: "longitude", kind: "number", label: "Longitude", group: "where", codebook: "ACLED longitude", csv: { acled: "longitude" }, input: optionalNumber(LongitudeSchema) },
  {
    path: "geoPrecision", column: "geoPrecision", kind: "enum", values: GEO_PRECISION_NAMES, label: "Location precision", group: "where",
    codebook: "ACLED geo_precision, UCDP where_prec", csv: { atlas: "place_precision" }, input: GeoPrecisionSchema.default("town"),
  },

  {
    path: "eventType", column: "eventType", kind: "choice", label: "Event type", group: "what", codebook: "ACLED event_type", csv: { acled: "event_type" },
    input: z.enum(EVENT_TYPE_NAMES, { error: "Choose an event type" }),
  },
  {
    path: "subEventType", column: "subEventType", kind: "optionalText", label: "Sub-event type", group: "what", codebook: "ACLED sub_event_type",
    csv: { acled: "sub_event_type" }, input: optionalText(LIMITS.shortText, "Sub-event type"),
  },
  {
    path: "attackType", column: "attackType", kind: "optionalChoice", label: "Attack type", group: "what", codebook: "GTD attacktype1",
    csv: { atlas: "attack_type" }, input: optionalEnum(ATTACK_TYPES, "Choose an attack type from the list"),
  },
  {
    path: "targetType", column: "targetType", kind: "optionalChoice", label: "Target type", group: "what", codebook: "GTD targtype1",
    csv: { atlas: "target_type" }, input: optionalEnum(TARGET_TYPES, "Choose a target type from the list"),
  },
  { path: "target", column: "target", kind: "optionalText", label: "Target", group: "what", codebook: "GTD target1", csv: { atlas: "target" }, input: optionalText(LIMITS.shortText, "Target") },
  {
    path: "weaponType", column: "weaponType", kind: "optionalChoice", label: "Weapon type", group: "what", codebook: "GTD weaptype1",
    csv: { atlas: "weapon_type" }, input: optionalEnum(WEAPON_TYPE_NAMES, "Choose a weapon type from the list"),
  },
  {
    path: "weaponSubtype", column: "weaponSubtype", kind: "optionalText", label: "Weapon sub-type", group: "what", codebook: "GTD weapsubtype1",
    csv: { atlas: "weapon_subtype" }, input: optionalText(LIMITS.shortText, "Weapon sub-type"),
  },
  { path: "suicide", column: "suicide", kind: "flag", label: "Suicide attack", group: "what", codebook: "GTD suicide", csv: { atlas: "suicide" }, input: z.boolean().default(false) },
] as const satisfies readonly FieldSpec[];
