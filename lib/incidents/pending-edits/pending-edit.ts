import { z } from "zod";
import type { Status } from "@/lib/taxonomy/statuses";
import type { IncidentData } from "../schema";

/**
 * An edit of a published record waiting for review (docs/decisions/024-review-of-published-edits.md).
 * It goes through the same steps as a new record: "in_review" waits for a second person, "sent_back"
 * waits for its author, like a draft.
 */
export const PENDING_EDIT_STATES = ["in_review", "sent_back"] as const;
export type PendingEditState = (typeof PENDING_EDIT_STATES)[number];

/** The status the review rules (transitions.ts) treat a pending edit as. */
export const STATUS_OF_PENDING: Record<PendingEditState, Status> = { in_review: "in_review", sent_back: "draft" };

/** What a step on a pending edit leaves it as: null when the edit is gone (published or rejected). */
export const PENDING_AFTER_STEP = { submit: "in_review", send_back: "sent_back", publish: null, reject: null } as const satisfies Record<
  string,
  PendingEditState | null
>;

// The stored edit was validated by the incident schema before it was kept; reading it back only
// checks it is an object, so a row that cannot be read shows as missing instead of breaking a page.
export const StoredEditSchema = z.record(z.string(), z.unknown()).transform((d) => d as unknown as IncidentData);

/** Whether an edit saved by this person goes to review instead of changing the published record. */
export function editNeedsReview(status: Status, { userId, singleAnalystPublishing }: { userId: string | null; singleAnalystPublishing: boolean }): boolean {
  // Scripts and the seed (no user) are run by whoever runs the server; single-analyst publishing lets
  // an analyst publish alone, so an edit of theirs is published at once, as before review existed.
  return status === "published" && userId !== null && !singleAnalystPublishing;
}
