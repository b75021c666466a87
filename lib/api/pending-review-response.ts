import { NextResponse } from "next/server";

/**
 * 202 for an edit of a published record kept for review (docs/decisions/024-review-of-published-edits.md):
 * accepted, not applied. GET still answers with the published record until a reviewer publishes it.
 */
export function pendingReview(id: number) {
  return NextResponse.json(
    {
      status: "pending_review",
      id,
      message: "The edit waits for review: another analyst or an admin publishes it. The published record is unchanged until then.",
      review: `/incidents/${id}#review-heading`,
    },
    { status: 202 },
  );
}
