import { describe, expect, it } from "vitest";
import { reportFromReview } from "./report-from-review";
import type { ReviewField } from "./review-fields";

const SENTENCE = "Seven soldiers were killed when the truck hit the post.";

function field(name: ReviewField["name"], value: string, over: Partial<ReviewField> = {}): ReviewField {
  const reading = { value, evidence: SENTENCE, start: 0, end: SENTENCE.length, confidence: 0.9 };
  return { ...reading, name, label: name, input: "number", use: true, readings: [reading], ...over };
}

describe("the article's report from the review", () => {
  it("takes each kept casualty figure with the sentence that states it", () => {
    expect(reportFromReview([field("killed.total", "7"), field("killed.securityForces", "7"), field("eventDate", "2024-03-16")])).toEqual({
      originator: "",
      figures: { "killed.total": { value: 7, quote: SENTENCE }, "killed.securityForces": { value: 7, quote: SENTENCE } },
    });
  });

  it("leaves out figures the analyst did not keep, cleared, or that are not whole numbers", () => {
    expect(reportFromReview([field("killed.total", "7", { use: false }), field("injured.total", ""), field("killed.civilians", "2.5")]).figures).toEqual({});
  });

  it("gives a value the analyst typed no quote: no sentence of the article states it", () => {
    const edited = { ...field("killed.total", "7"), value: "9" };
    expect(reportFromReview([edited]).figures).toEqual({ "killed.total": { value: 9, quote: "" } });
  });
});
