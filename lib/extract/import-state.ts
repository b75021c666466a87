import type { FieldErrors } from "@/lib/validation/field-errors";
import type { PossibleDuplicate } from "@/lib/incidents/find-duplicates";
import type { ParsedExtractInput } from "./schema";
import type { ArticleProposals } from "./types";

/** The article form's fields as typed, so a failed extraction shows them again. */
export type ArticleFormInput = { text: string; url: string; publishedAt: string };

/**
 * What reading an article hands back to /incidents/new/from-article: the problems with the input,
 * or the proposals with the incidents already recorded for the same day and place.
 */
export type ArticleImportState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; values: ArticleFormInput }
  | { status: "review"; article: ParsedExtractInput; proposals: ArticleProposals; duplicates: PossibleDuplicate[] };

/** Adding the article to an existing incident: it redirects when it works, so only problems come back. */
export type AddSourceState = { status: "idle" } | { status: "error"; message: string };
