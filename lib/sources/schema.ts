import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import { SourceReportInputSchema } from "./report/report-schema";
import { HttpUrlSchema, OptionalPastDateSchema, optionalText, requiredText } from "@/lib/validation/field-schemas";

/** A record in an outside data set, named by the set and its own id: "ACLED PAK12345". */
export const DatasetRecordSchema = optionalText(LIMITS.shortText, "Dataset record");

const NEITHER = "Enter the article's URL";
const BOTH = "A source is an article (a URL) or a dataset record, not both";

/**
 * A source as cited by an incident: an article (its URL) or a dataset record (docs/decisions/020-dataset-sources.md),
 * exactly one of the two. The link carries the quote that supports the record and the source's report
 * (who it attributes its figures to, and each figure with its quote).
 */
export const SourceInputSchema = z
  .object({
    url: HttpUrlSchema.nullish()
      .transform((v) => v ?? null)
      .describe("The article's URL (http or https); null or left out for a dataset record"),
    datasetRecord: DatasetRecordSchema.describe(
      'For a source that is not an article: its record in an outside data set ("ACLED PAK12345"); give either url or datasetRecord',
    ),
    outlet: requiredText(LIMITS.shortText, "Outlet"),
    headline: optionalText(LIMITS.title, "Headline"),
    publishedAt: OptionalPastDateSchema,
    language: z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}$/, "Use a two- or three-letter language code, e.g. en, ur, ps")
      .default("en"),
    quote: optionalText(LIMITS.quote, "Quote"),
    notes: optionalText(LIMITS.notes, "Notes"),
    archivedText: optionalText(LIMITS.archivedText, "Article text"),
    report: SourceReportInputSchema,
  })
  .superRefine((s, ctx) => {
    if (!s.url && !s.datasetRecord) ctx.addIssue({ code: "custom", path: ["url"], message: NEITHER });
    if (s.url && s.datasetRecord) ctx.addIssue({ code: "custom", path: ["datasetRecord"], message: BOTH });
  });

export type SourceInput = z.input<typeof SourceInputSchema>;
export type Source = z.output<typeof SourceInputSchema>;

/** URLs are compared without a trailing slash or fragment, so the same article is one record. */
export function normaliseUrl(url: string): string {
  const u = new URL(url.trim());
  u.hash = "";
  return u.toString().replace(/\/$/, "");
}

/**
 * How a source is named where it is cited (a claim's source, the coding's chosen source, the form):
 * an article by its normalised URL, a dataset record by its name. The two cannot collide: a dataset
 * record is not a web address.
 */
export function sourceRef(s: { url: string | null; datasetRecord?: string | null }): string {
  if (s.url) {
    try {
      return normaliseUrl(s.url);
    } catch {
      return s.url.trim();
    }
  }
  return (s.datasetRecord ?? "").trim();
}

/** A source named as typed where it is cited (a URL or a dataset record), as sourceRef names it. */
export const refFromText = (text: string): string => sourceRef({ url: text });
