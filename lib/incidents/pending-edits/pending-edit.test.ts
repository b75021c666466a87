import { describe, expect, it } from "vitest";
import { editNeedsReview } from "./pending-edit";

describe("editNeedsReview", () => {
  it("sends an analyst's edit of a published record to review unless single-analyst publishing is on", () => {
    expect(editNeedsReview("published", { userId: "u1", singleAnalystPublishing: false })).toBe(true);
    expect(editNeedsReview("published", { userId: "u1", singleAnalystPublishing: true })).toBe(false);
  });
  it("writes unpublished records at once, and the seed's and scripts' edits (no user)", () => {
    for (const status of ["draft", "in_review", "rejected"] as const)
      expect(editNeedsReview(status, { userId: "u1", singleAnalystPublishing: false })).toBe(false);
    expect(editNeedsReview("published", { userId: null, singleAnalystPublishing: false })).toBe(false);
  });
});
