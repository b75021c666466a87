import { describe, expect, it } from "vitest";
import { NUMBER_PATTERN, parseNumber } from "./number-words";

describe("parseNumber", () => {
  it.each([
    ["7", 7],
    ["1,524", 1524],
    ["seven", 7],
    ["Seven", 7],
    ["Sixteen", 16],
    ["twenty-three", 23],
    ["twenty three", 23],
    ["forty", 40],
    ["a dozen", 12],
    ["an", 1],
    ["a", 1],
    ["one", 1],
    ["ten", 10],
    ["a hundred", 100],
    ["two hundred", 200],
  ])("reads %s as %i", (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });

  it.each(["dozens", "several", "many", "twenty-ten", "1.5", ""])("rejects %s", (raw) => {
    expect(parseNumber(raw)).toBeNull();
  });
});

describe("NUMBER_PATTERN", () => {
  const re = new RegExp(`^${NUMBER_PATTERN}$`, "i");
  it("matches counts written as digits and words", () => {
    for (const s of ["12", "1,200", "eighteen", "thirty-three", "a dozen"]) expect(re.test(s)).toBe(true);
  });
  it("does not match other words", () => {
    for (const s of ["soldiers", "several", "1.5"]) expect(re.test(s)).toBe(false);
  });
});
