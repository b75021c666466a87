import { describe, expect, it } from "vitest";
import { propose, withAlternatives } from "./proposal";

const sentence = { text: "Seven soldiers were killed.", start: 10, end: 37, paragraph: 1, index: 2 };

describe("propose", () => {
  it("ties a value to its sentence and offsets", () => {
    expect(propose(7, sentence, 0.8)).toEqual({ value: 7, evidence: "Seven soldiers were killed.", start: 10, end: 37, confidence: 0.8 });
  });

  it("keeps confidence strictly between 0 and 1, rounded", () => {
    expect(propose(7, sentence, 1.7).confidence).toBe(0.99);
    expect(propose(7, sentence, -3).confidence).toBe(0.05);
    expect(propose(7, sentence, 0.6666).confidence).toBe(0.67);
  });
});

describe("withAlternatives", () => {
  const at = (value: number, confidence = 0.5) => ({ value, evidence: "", start: null, end: null, confidence });
  it("keeps two distinct values other than the proposal's, in order", () => {
    const p = withAlternatives(at(13, 0.8), [at(13), at(7), at(7), at(6), at(5)]);
    expect(p?.alternatives?.map((a) => a.value)).toEqual([7, 6]);
  });
  it("adds nothing when there is no other value", () => {
    expect(withAlternatives(at(13), [at(13)])?.alternatives).toBeUndefined();
    expect(withAlternatives(null, [at(1)])).toBeNull();
  });
});
