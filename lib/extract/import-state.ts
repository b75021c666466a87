import type { FieldErrors } from "@/lib/validation/field-errors";
import type { PossibleDuplicate } from "@/lib/incidents/duplicates/find-duplicates";
import type { ParsedExtractInput } from "./schema";
import type { ArticleProposals } from "./types";
import type { IncidentFormValues } from "@/lib/incidents/form/form-data";

/** The article form's fields as typed, so a failed extraction shows them again. */
export type ArticleFormInput = { text: string; url: string; publishedAt: string };

/**
 * What reading an article hands back to /incidents/new/from-article: the problems with the input,
 * or the proposals with the incidents already recorded for the same day and place. Without JavaScript
 * the review step is posted too: back to the article ("edit"), or on to the incident form ("form").
 */
export type ArticleImportState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; values: ArticleFormInput }
  | { status: "review"; article: ParsedExtractInput; proposals: ArticleProposals; duplicates: PossibleDuplicate[] }
  | { status: "edit"; values: ArticleFormInput }
  | { status: "form"; values: IncidentFormValues };

/** The review step's buttons, posted as `intent` without JavaScript. */
export const REVIEW_INTENT = { field: "intent", edit: "edit", continue: "continue" } as const;

/** The review step: the article as read and what Atlas proposes from it. */
export type ReviewState = Extract<ArticleImportState, { status: "review" }>;

/**
 * Adding the article to an existing incident: it redirects when it works, so only problems come back,
 * with the incident they concern and the review step read again, since a page posted without
 * JavaScript has nothing else to show it on (null when the article could not be read again).
 */
export type AddSourceState = { status: "idle" } | { status: "error"; message: string; incidentId: number | null; review: ReviewState | null };
