import { z } from "zod";
import { STATUS_NAMES } from "@/lib/taxonomy/statuses";
import { DATE_PRECISION_NAMES, GEO_PRECISION_NAMES } from "@/lib/taxonomy/precision";

/**
 * The API's incident record (what toIncidentRecord returns): the response schema in
 * /api/openapi.json, and the shape JSON and GeoJSON imports read back. record.test.ts checks that
 * the two agree.
 */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("YYYY-MM-DD");
const count = z.number().int().nullable();

export const IncidentRecordSchema = z
  .object({
    id: z.number().int().positive(),
    externalId: z.string().nullable().describe("Identifier in an outside data set, e.g. ACLED event_id_cnty"),
    title: z.string(),
    summary: z.string(),
    status: z.enum(STATUS_NAMES),
    eventDate: day,
    endDate: day.nullable(),
    datePrecision: z.enum(DATE_PRECISION_NAMES),
    countryIso3: z.string(),
    countryName: z.string(),
    provinceIso: z.string().nullable().describe("ISO 3166-2, e.g. PK-KP"),
    province: z.string().nullable(),
    district: z.string().nullable(),
    location: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    geoPrecision: z.enum(GEO_PRECISION_NAMES),
    eventType: z.string(),
    subEventType: z.string().nullable(),
    attackType: z.string().nullable(),
    targetType: z.string().nullable(),
    target: z.string().nullable(),
    weaponType: z.string().nullable(),
    weaponSubtype: z.string().nullable(),
    suicide: z.boolean(),
    killed: z.object({
      total: count,
      securityForces: count,
      civilians: count,
      militants: count,
      unknown: count,
      low: count,
      high: count,
    }),
    injured: z.object({ total: count, securityForces: count, civilians: count, militants: count, unknown: count }),
    version: z.number().int(),
    createdAt: z.string().describe("ISO 8601 date-time"),
    updatedAt: z.string().describe("ISO 8601 date-time"),
    sources: z.array(
      z.object({
        id: z.number().int(),
        url: z.string(),
        outlet: z.string(),
        headline: z.string().nullable(),
        publishedAt: day.nullable(),
        language: z.string(),
        notes: z.string().nullable(),
        quote: z.string().nullable(),
      }),
    ),
    actors: z.array(
      z.object({ id: z.number().int(), name: z.string(), kind: z.string(), role: z.string(), certainty: z.string() }),
    ),
    claims: z.array(
      z.object({
        id: z.number().int(),
        kind: z.string(),
        claimantName: z.string(),
        claimantRole: z.string().nullable(),
        subject: z.string(),
        statement: z.string(),
        madeOn: day.nullable(),
        source: z.object({ id: z.number().int(), url: z.string(), outlet: z.string() }).nullable(),
      }),
    ),
  })
  .meta({ id: "IncidentRecord", description: "One incident with its sources, actors and claims" });

export type IncidentRecordShape = z.infer<typeof IncidentRecordSchema>;
