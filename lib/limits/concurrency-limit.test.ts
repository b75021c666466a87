import { describe, expect, it } from "vitest";
import { createConcurrencyLimit } from "./concurrency-limit";

describe("concurrency limit per key", () => {
  it("lets perKey in, refuses the next, and lets one more in after a release", () => {
    const limit = createConcurrencyLimit({ perKey: 2 });
    const first = limit.enter("ana");
    expect(limit.enter("ana")).not.toBeNull();
    expect(limit.enter("ana")).toBeNull();
    expect(limit.enter("bilal")).not.toBeNull();
    first!();
    expect(limit.running("ana")).toBe(1);
    expect(limit.enter("ana")).not.toBeNull();
  });

  it("counts a release once however often it is called, and forgets idle keys", () => {
    const limit = createConcurrencyLimit({ perKey: 1 });
    const release = limit.enter("ana")!;
    release();
    release();
    expect(limit.running("ana")).toBe(0);
    const again = limit.enter("ana");
    expect(again).not.toBeNull();
    release();
    expect(limit.enter("ana")).toBeNull();
  });
});
