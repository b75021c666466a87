import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import { SourceReportInputSchema } from "./report/report-schema";
import { HttpUrlSchema, OptionalPastDateSchema, optionalText, requiredText } from "@/lib/validation/field-schemas";

/**
 * A source article, as cited by an incident: the link carries the quote that supports the record and
 * the source's report (who it attributes its figures to, and each figure with its quote).
 */
export const SourceInputSchema = z.object({
  url: HttpUrlSchema,
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
});

export type SourceInput = z.input<typeof SourceInputSchema>;
export type Source = z.output<typeof SourceInputSchema>;

/** URLs are compared without a trailing slash or fragment, so the same article is one record. */
export function normaliseUrl(url: string): string {
  const u = new URL(url.trim());
  u.hash = "";
  return u.toString().replace(/\/$/, "");
}
