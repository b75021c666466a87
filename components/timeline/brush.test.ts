import { describe, expect, it } from "vitest";
import { brushedBuckets, brushedDates, niceMax } from "./brush";
import { chooseBucketUnit, fillBuckets, type BucketUnit } from "@/lib/incidents/overview/histogram";
import { isRealIsoDate } from "@/lib/dates/iso-date";

/** The chart for a range as the overview draws it (empty buckets, which brushing ignores). */
const chart = (from: string, to: string, unit: BucketUnit) => {
  expect(chooseBucketUnit(from, to)).toBe(unit);
  return { from, to, buckets: fillBuckets(from, to, unit, new Map()) };
};
/** What a drag from x0 to x1 (fractions of the plot's width) writes to the URL. */
const brush = (h: ReturnType<typeof chart>, x0: number, x1: number) => brushedDates(h, ...brushedBuckets(x0, x1, h.buckets.length)!);

describe("brushedBuckets", () => {
  it("covers the buckets under a drag in either direction", () => {
    expect(brushedBuckets(0.25, 0.5, 8)).toEqual([2, 3]);
    expect(brushedBuckets(0.5, 0.25, 8)).toEqual([2, 3]);
  });
  it("selects one bucket on a click", () => expect(brushedBuckets(0.3, 0.3, 10)).toEqual([3, 3]));
  it("clamps a drag past the edges", () => expect(brushedBuckets(-0.2, 1.4, 5)).toEqual([0, 4]));
  it("returns null without buckets", () => expect(brushedBuckets(0, 1, 0)).toBeNull());
});

describe("brushedDates snaps to whole days at every bucket size", () => {
  it("by day: the days under the drag, to inclusive", () => {
    const h = chart("2024-03-01", "2024-03-10", "day");
    expect(brush(h, 0.21, 0.49)).toEqual({ from: "2024-03-03", to: "2024-03-05" });
    expect(brush(h, 0.35, 0.35)).toEqual({ from: "2024-03-04", to: "2024-03-04" });
  });

  it("by week: Monday to Sunday, never outside the range shown", () => {
    // 2024-01-03 is a Wednesday: the first bar is the week of Monday 1 January.
    const h = chart("2024-01-03", "2024-12-20", "week");
    expect(h.buckets[0]!.start).toBe("2024-01-01");
    expect(brush(h, 0.5, 0.52)).toEqual({ from: "2024-06-24", to: "2024-07-07" }); // buckets 25 and 26 of 51
    expect(brush(h, 0, 0.01)).toEqual({ from: "2024-01-03", to: "2024-01-07" });
    expect(brush(h, 0.995, 1)).toEqual({ from: "2024-12-16", to: "2024-12-20" });
  });

  it("by month: the first to the last day of the months, leap days included", () => {
    const h = chart("2023-06-15", "2025-12-31", "month");
    expect(h.buckets[8]!.start).toBe("2024-02-01");
    const n = h.buckets.length;
    expect(brush(h, 8.2 / n, 8.7 / n)).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(brush(h, 8.5 / n, 10.5 / n)).toEqual({ from: "2024-02-01", to: "2024-04-30" });
    expect(brush(h, 0, 0.5 / n)).toEqual({ from: "2023-06-15", to: "2023-06-30" });
  });

  it("by year: 1 January to 31 December", () => {
    const h = chart("2005-03-10", "2024-08-31", "year");
    const n = h.buckets.length;
    expect(n).toBe(20);
    expect(brush(h, 3.5 / n, 5.5 / n)).toEqual({ from: "2008-01-01", to: "2010-12-31" });
    expect(brush(h, 0, 1)).toEqual({ from: "2005-03-10", to: "2024-08-31" });
  });

  it.each([
    ["2024-03-01", "2024-03-10", "day"],
    ["2024-01-03", "2024-12-20", "week"],
    ["2023-06-15", "2025-12-31", "month"],
    ["2005-03-10", "2024-08-31", "year"],
  ] as const)("%s to %s by %s: every drag gives real days in order, inside the range", (from, to, unit) => {
    const h = chart(from, to, unit);
    for (let a = 0; a <= 1; a += 0.07)
      for (let b = 0; b <= 1; b += 0.11) {
        const dates = brush(h, a, b);
        expect(isRealIsoDate(dates.from) && isRealIsoDate(dates.to)).toBe(true);
        expect(dates.from <= dates.to && dates.from >= from && dates.to <= to).toBe(true);
      }
  });
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
