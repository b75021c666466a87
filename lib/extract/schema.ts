import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import { HttpUrlSchema } from "@/lib/validation/field-schemas";
import { isNotInFuture, isRealIsoDate } from "@/lib/dates/iso-date";
import { textString } from "@/lib/validation/text";
import { IdParamSchema } from "@/lib/validation/id-param";

/** The longest article accepted, in characters: the same bound as a source's archived text. */
export const MAX_ARTICLE_CHARS = LIMITS.archivedText;

/** The largest POST /api/extract body: the longest article even with every character escaped as \uXXXX in its JSON. */
export const MAX_EXTRACT_BODY_BYTES = MAX_ARTICLE_CHARS * 6 + 64 * 1024;

/** Why an article is too long (`length` characters, or unknown when only the body's size is), for the form and the API's 413. */
export const articleTooLong = (length?: number) =>
  `The article is too long: at most ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters${length === undefined ? "" : `, this one has ${length.toLocaleString("en")}`}`;

// Tab, line feed and carriage return are text; other control characters mean a binary paste.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const ArticleTextSchema = textString("The article's text", { error: "Paste the article's text" })
  .refine((v) => v.trim().length > 0, "Paste the article's text")
  .refine((v) => v.length <= MAX_ARTICLE_CHARS, { error: (issue) => articleTooLong(String(issue.input).length) })
  .refine((v) => !CONTROL_CHARS.test(v), "The text contains binary or control characters: paste the article as plain text");

const PublishedAtSchema = z
  .string({ error: "Enter the publication date as YYYY-MM-DD" })
  .trim()
  .transform((v) => (/^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?$/.test(v) ? v.slice(0, 10) : v))
  .refine(isRealIsoDate, "Enter the publication date as YYYY-MM-DD")
  .refine(isNotInFuture, "The publication date cannot be in the future");

/** What POST /api/extract accepts: the article text, and optionally its URL and publication date. */
export const ExtractInputSchema = z.object({
  text: ArticleTextSchema,
  url: z
    .union([z.literal(""), HttpUrlSchema])
    .nullish()
    .transform((v) => v || null),
  publishedAt: z
    .union([z.literal(""), PublishedAtSchema])
    .nullish()
    .transform((v) => v || null),
});

export type ExtractInput = z.input<typeof ExtractInputSchema>;
export type ParsedExtractInput = z.output<typeof ExtractInputSchema>;

/** Adding the article as a source of an incident already recorded (the incident in a hidden field). */
export const AddArticleSourceSchema = ExtractInputSchema.extend({ incidentId: IdParamSchema });
