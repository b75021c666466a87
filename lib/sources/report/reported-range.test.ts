import { describe, expect, it } from "vitest";
import { differingRange } from "./reported-range";

const says = (value?: number) => ({ report: { figures: value === undefined ? {} : { "killed.total": { value, quote: null } } } });

describe("differingRange", () => {
  it("spans the reported values when they differ", () => {
    expect(differingRange([says(9), says(7), says(8), says()], "killed.total")).toEqual({ low: 7, high: 9 });
  });

  it("is null when the reports agree, or fewer than two state the figure", () => {
    expect(differingRange([says(7), says(7)], "killed.total")).toBeNull();
    expect(differingRange([says(7), says()], "killed.total")).toBeNull();
    expect(differingRange([], "killed.total")).toBeNull();
    expect(differingRange([says(7), says(9)], "injured.total")).toBeNull();
  });
});
