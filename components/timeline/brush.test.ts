import { describe, expect, it } from "vitest";
import { brushedBuckets, niceMax } from "./brush";

describe("brushedBuckets", () => {
  it("covers the buckets under a drag in either direction", () => {
    expect(brushedBuckets(0.25, 0.5, 8)).toEqual([2, 3]);
    expect(brushedBuckets(0.5, 0.25, 8)).toEqual([2, 3]);
  });
  it("selects one bucket on a click", () => expect(brushedBuckets(0.3, 0.3, 10)).toEqual([3, 3]));
  it("clamps a drag past the edges", () => expect(brushedBuckets(-0.2, 1.4, 5)).toEqual([0, 4]));
  it("returns null without buckets", () => expect(brushedBuckets(0, 1, 0)).toBeNull());
});

describe("niceMax", () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [13, 20],
    [420, 500],
    [36_155, 50_000],
  ])("%d -> %d", (max, nice) => expect(niceMax(max)).toBe(nice));
});
