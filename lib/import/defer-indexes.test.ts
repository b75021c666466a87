import { describe, expect, it } from "vitest";
import { DEFER_INDEXES_FROM, shouldDeferIndexes } from "./defer-indexes";

describe("shouldDeferIndexes", () => {
  it("defers only for a large import that at least doubles the table", () => {
    expect(shouldDeferIndexes(100_000, 0)).toBe(true);
    expect(shouldDeferIndexes(100_000, 100_000)).toBe(true);
    expect(shouldDeferIndexes(100_000, 100_001)).toBe(false);
    expect(shouldDeferIndexes(DEFER_INDEXES_FROM - 1, 0)).toBe(false);
    expect(shouldDeferIndexes(DEFER_INDEXES_FROM, 0)).toBe(true);
  });
});
