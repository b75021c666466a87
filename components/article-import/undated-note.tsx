import type { ReviewField } from "@/lib/extract/review-fields";
import type { ParsedExtractInput } from "@/lib/extract/schema";

/**
 * Without a publication date, "on Tuesday" or "yesterday" cannot be turned into a day, so the
 * extractor proposes none; say why, and how to get one, instead of leaving the date silently empty.
 */
export function UndatedNote({ article, fields }: { article: ParsedExtractInput; fields: readonly ReviewField[] }) {
  if (article.publishedAt || fields.some((f) => f.name === "eventDate")) return null;
  return (
    <p className="notice" role="note">
      No event date is proposed: the article names no full date, and no publication date was given. If it dates the incident by weekday (“on Tuesday”) or as
      “yesterday”, choose “Edit the article” and enter when it was published.
    </p>
  );
}
