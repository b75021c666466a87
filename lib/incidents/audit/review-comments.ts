import { z } from "zod";
import { readJsonColumn } from "@/lib/validation/json-column";
import { INPUT_FIELDS } from "../fields/input-fields";

/** The limits of a review's words: a reason, and comments on fields. */
export const REVIEW_LIMITS = { comment: 1000, reason: 1000, fieldComments: 20 } as const;

/** What a reviewer may comment on: the record's fields, its sources, actors and claims, or the whole. */
export const COMMENT_TARGETS: Record<string, string> = {
  record: "The record as a whole",
  ...Object.fromEntries(INPUT_FIELDS.map((f) => [f.path, f.label])),
  sources: "Sources",
  actors: "Actors",
  claims: "Claims",
};
const TARGET_NAMES = Object.keys(COMMENT_TARGETS) as [string, ...string[]];

export const FieldCommentSchema = z.object({
  field: z.enum(TARGET_NAMES, { error: "Choose what the comment is about" }),
  comment: z.string().trim().min(1, "Write the comment").max(REVIEW_LIMITS.comment, `A comment must be at most ${REVIEW_LIMITS.comment} characters`),
});
export type FieldComment = z.infer<typeof FieldCommentSchema>;

/** A review step's words as History keeps them (AuditEvent.comments). */
export const ReviewCommentsSchema = z.object({
  reason: z.string().nullable(),
  fields: z.array(FieldCommentSchema),
});
export type ReviewComments = z.infer<typeof ReviewCommentsSchema>;

/** Stored comments read back; a value that does not parse (a hand-edited row) reads as none. */
export function parseReviewComments(json: string | null): ReviewComments | null {
  return readJsonColumn(ReviewCommentsSchema, json);
}
