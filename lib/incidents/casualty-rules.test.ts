import { describe, expect, it } from "vitest";
import { casualtyProblems, sumOfParts, sumOfReported, totalBelowParts } from "./casualty-rules";

const none = { securityForces: null, civilians: null, militants: null, unknown: null };

describe("the casualty rule", () => {
  it("adds only what is reported, and knows nothing reported from zero", () => {
    expect(sumOfReported([2, null, 3])).toBe(5);
    expect(sumOfReported([0, null])).toBe(0);
    expect(sumOfReported([null, null])).toBeNull();
    expect(sumOfParts({ ...none, civilians: 4, unknown: 1 })).toBe(5);
  });

  it("lets a total exceed its parts but never fall below them", () => {
    expect(totalBelowParts(4, 5)).toBe(true);
    expect(totalBelowParts(5, 5)).toBe(false);
    expect(totalBelowParts(9, 5)).toBe(false);
    expect(totalBelowParts(null, 5)).toBe(false);
    expect(totalBelowParts(3, null)).toBe(false);
  });

  it("reports a short total on the total, naming the parts", () => {
    expect(casualtyProblems("killed", { ...none, total: 3, civilians: 2, militants: 2 })).toEqual([
      [["killed", "total"], "Total killed (3) cannot be less than civilians + militants (4)"],
    ]);
  });
});
