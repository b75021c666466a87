import { describe, expect, it } from "vitest";
import { isReferencePoint } from "./reference-point";

describe("isReferencePoint", () => {
  it("takes a place measured from, in figures or in words, as a landmark", () => {
    expect(isReferencePoint("the village, 40 km north of ")).toBe(true);
    expect(isReferencePoint("a post some eight miles from ")).toBe(true);
  });

  it("does not take a count of people or parts as a distance", () => {
    expect(isReferencePoint("gunmen attacked a school in one of ")).toBe(false);
    expect(isReferencePoint("two of the guards, five from ")).toBe(false);
  });
});
