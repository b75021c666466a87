import { z } from "zod";
import { REPORTED_FIELD_PATHS } from "@/lib/sources/report/reported-fields";
import { REPORTED_FACT_PATHS } from "@/lib/sources/report/reported-facts";
import { SourceReportRecordSchema } from "@/lib/sources/report/report-schema";

/** One source's report as GET /api/incidents/{id} lists it in `reports` (lib/incidents/record/record-provenance.ts). */
export const ReportRecordSchema = z
  .object({
    id: z.number().int().describe("The report's id: its source's id (sources[i].id)"),
    outlet: z.string(),
    url: z.string().nullable().describe("The article's URL; null for a dataset record"),
    datasetRecord: z.string().nullable().describe('The record in an outside data set this report is ("ACLED PAK12345"); null for an article'),
    publishedAt: z.string().nullable().describe("YYYY-MM-DD"),
    originator: SourceReportRecordSchema.shape.originator,
    figures: SourceReportRecordSchema.shape.figures,
    facts: SourceReportRecordSchema.shape.facts,
  })
  .describe("What one source says about the incident");

const FieldProvenanceSchema = z
  .object({
    value: z
      .union([z.number(), z.string(), z.null()])
      .describe("The coded value (a date as YYYY-MM-DD, or YYYY-MM-DD/YYYY-MM-DD for a span; perpetrators comma-separated)"),
    rule: z
      .enum(["reports", "analyst", "entered"])
      .describe(
        '"reports": rests on the reports in reportIds; "analyst": set by the analyst with reason; "entered": as the analyst entered it, no source states it',
      ),
    reason: z.string().nullable().describe("For rule analyst: why the analyst set the value"),
    reportIds: z.array(z.number().int()).describe("The ids of the reports the value rests on (see reports)"),
    words: z.string().describe('The rule in words, as the incident page says it ("best 7: ISPR via Arab News; reports range 7–9 across 3 sources")'),
  })
  .describe("Where one coded value comes from");

const FIELDS = [...REPORTED_FIELD_PATHS, ...REPORTED_FACT_PATHS];

/** The extra fields GET /api/incidents/{id} returns beside the record. */
export const IncidentProvenanceSchema = z.object({
  reports: z.array(ReportRecordSchema).describe("One report per source, in the record's order"),
  provenance: z
    .object(Object.fromEntries(FIELDS.map((f) => [f, FieldProvenanceSchema])) as Record<(typeof FIELDS)[number], typeof FieldProvenanceSchema>)
    .describe("For each coded casualty figure, the date (eventDate), the place (location) and the perpetrator: its value, rule and the reports it rests on"),
});
