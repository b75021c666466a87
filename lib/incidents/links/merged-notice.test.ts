import { describe, expect, it } from "vitest";
import { describeMerge, mergedParams } from "./merged-notice";

describe("the notice after a merge", () => {
  it("reads back what the merge put in the address", () => {
    const value = new URLSearchParams(mergedParams(12, 1, 0, 2)).get("merged");
    expect(describeMerge(value)).toBe(
      "Incident #12 was merged into this record: 1 source, 0 actors and 2 claims added. It is in the trash, from where it can be restored.",
    );
  });

  it.each([undefined, "", "12", "12-1-0", "0-1-1-1", "x-1-1-1", ["12-1-0-2"], "12-1-0-2-3"])("says nothing for %j", (value) =>
    expect(describeMerge(value)).toBeNull(),
  );
});
