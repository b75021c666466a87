import { z } from "zod";
import { MAX_RECORD_ID } from "@/lib/validation/id-param";
import { SourceReportRecordSchema } from "@/lib/sources/report/report-schema";
import { FigureCodingRecordSchema } from "@/lib/sources/coding/coding-schema";
import { DaySchema as day, recordFieldShape } from "../fields/record-field-schemas";

/**
 * The API's incident record (what toIncidentRecord returns): the response schema in
 * /api/openapi.json, and the shape JSON and GeoJSON imports read back. record.test.ts checks that
 * the two agree. The single-valued fields come from the field table.
 */
export const IncidentRecordSchema = z
  .object({
    id: z.number().int().positive().max(MAX_RECORD_ID, "The id is too large"),
    externalId: z.string().nullable().describe("Identifier in an outside data set, e.g. ACLED event_id_cnty"),
    ...recordFieldShape(),
    version: z.number().int(),
    createdAt: z.string().describe("ISO 8601 date-time"),
    updatedAt: z.string().describe("ISO 8601 date-time"),
    sources: z.array(
      z.object({
        id: z.number().int(),
        url: z.string().nullable().describe("The article's URL; null for a dataset record"),
        // Exports written before dataset sources existed have none: every source is an article.
        datasetRecord: z
          .string()
          .nullable()
          .default(null)
          .describe(
            'A record in an outside data set ("ACLED PAK12345", from ACLED\'s event_id_cnty), for a source that is not an article; null for an article',
          ),
        outlet: z.string(),
        headline: z.string().nullable(),
        publishedAt: day.nullable(),
        language: z.string(),
        notes: z.string().nullable(),
        quote: z.string().nullable(),
        archivedCopy: z
          .object({
            sha256: z.string().describe("SHA-256 (hex) of the archived text as captured"),
            capturedAt: z.string().nullable().describe("When Atlas captured the copy (ISO 8601); null for copies kept before capture times were recorded"),
          })
          .nullable()
          .default(null)
          .describe("The source's archived copy, pasted by an analyst or kept from New from article; never fetched. Its text is not in the record"),
        // An export written before reports existed has none: the source's report is not entered.
        report: SourceReportRecordSchema.default({ originator: null, figures: {} }),
      }),
    ),
    actors: z.array(z.object({ id: z.number().int(), name: z.string(), kind: z.string(), role: z.string(), certainty: z.string() })),
    claims: z.array(
      z.object({
        id: z.number().int(),
        kind: z.string(),
        claimantName: z.string(),
        claimantRole: z.string().nullable(),
        subject: z.string(),
        statement: z.string(),
        madeOn: day.nullable(),
        source: z
          .object({ id: z.number().int(), url: z.string().nullable(), datasetRecord: z.string().nullable().default(null), outlet: z.string() })
          .nullable(),
      }),
    ),
    // An export written before coding existed has none: every figure follows the reports.
    coding: FigureCodingRecordSchema.default({}),
    // Derived from the sources when the record is read; imports ignore them.
    sourceCount: z.number().int().min(0).optional().describe("How many sources the incident cites"),
    figuresDisputed: z.boolean().optional().describe("Whether two of its sources report different values for the same figure (the disputed filter)"),
  })
  .meta({ id: "IncidentRecord", description: "One incident with its sources, actors and claims" });

export type IncidentRecordShape = z.infer<typeof IncidentRecordSchema>;
