import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import { CountSchema, optionalText } from "@/lib/validation/field-schemas";
import { REPORTED_FIELD_PATHS, type ReportedField } from "./reported-fields";
import { ReportedFactsInputSchema, ReportedFactsRecordSchema } from "./reported-facts";

/** One figure as a source states it: the number, and optionally the sentence that states it. */
export const ReportedFigureInputSchema = z
  .object({
    value: CountSchema,
    quote: optionalText(LIMITS.quote, "Quote"),
  })
  .superRefine((f, ctx) => {
    if (f.value === null && f.quote) ctx.addIssue({ code: "custom", path: ["value"], message: "Enter the figure this quote states, or clear the quote" });
  });

const figureShape = Object.fromEntries(REPORTED_FIELD_PATHS.map((p) => [p, ReportedFigureInputSchema.optional()])) as Record<
  ReportedField,
  z.ZodOptional<typeof ReportedFigureInputSchema>
>;

/**
 * What one source says about an incident (docs/decisions/015-source-reports.md, 019-reported-facts.md):
 * who it attributes its figures to, each figure it states, keyed by the casualty field
 * ("killed.total"), and the date, place and perpetrator it states. A value left out, or empty, means
 * the source does not say; such entries are dropped.
 */
export const SourceReportInputSchema = z
  .object({
    originator: optionalText(LIMITS.shortText, "Originator"),
    figures: z
      .object(figureShape)
      .default({})
      .transform((figures) => {
        const out: Partial<Record<ReportedField, { value: number; quote: string | null }>> = {};
        for (const path of REPORTED_FIELD_PATHS) {
          const f = figures[path];
          if (f && f.value !== null) out[path] = { value: f.value, quote: f.quote };
        }
        return out;
      }),
    facts: ReportedFactsInputSchema,
  })
  .default({ originator: null, figures: {}, facts: {} });

export type SourceReportInput = z.input<typeof SourceReportInputSchema>;
export type SourceReport = z.output<typeof SourceReportInputSchema>;
export type ReportedFigures = SourceReport["figures"];

/** A report with no originator and no figure: the source's report is not entered. */
export const isEmptyReport = (r: SourceReport | null | undefined) =>
  !r || (!r.originator && Object.keys(r.figures).length === 0 && Object.keys(r.facts).length === 0);

const ReportedFigureRecordSchema = z.object({
  value: z.number().int().min(0),
  quote: z.string().nullable().describe("The sentence in the source that states the figure"),
});

/** A source's report as the API returns it (sources[i].report); PATCH and POST accept it back as it is. */
export const SourceReportRecordSchema = z
  .object({
    originator: z.string().nullable().describe('Who the source attributes its figures to ("the army", "police", "a hospital official")'),
    figures: z
      .object(
        Object.fromEntries(REPORTED_FIELD_PATHS.map((p) => [p, ReportedFigureRecordSchema.optional()])) as Record<
          ReportedField,
          z.ZodOptional<typeof ReportedFigureRecordSchema>
        >,
      )
      .describe("Each figure the source states, by casualty field; a field left out means the source does not say"),
    facts: ReportedFactsRecordSchema.optional(),
  })
  .describe(
    "What this source says about the incident: who it attributes its figures to, each figure, and the date, place and perpetrator it states, each with its quote",
  );
