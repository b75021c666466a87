import { describe, expect, it } from "vitest";
import { daysBetween } from "@/lib/dates/iso-date";
import { bucketEnd, bucketStart, bucketsFromDays, chooseBucketUnit, fillBuckets, histogramFromDays, nextBucketStart } from "./histogram";

describe("chooseBucketUnit", () => {
  it.each([
    ["2024-03-01", "2024-03-01", "day"],
    ["2024-01-01", "2024-03-31", "day"], // 91 days
    ["2024-01-01", "2024-04-01", "day"], // 92 days
    ["2024-01-01", "2024-04-02", "week"], // 93 days
    ["2024-01-01", "2025-12-31", "week"], // 731 days
    ["2024-01-01", "2026-01-01", "month"],
    ["2015-01-01", "2025-11-30", "month"],
    ["2014-01-01", "2025-12-31", "month"], // twelve years
    ["2013-12-31", "2025-12-31", "year"],
    ["1990-06-01", "2025-11-30", "year"],
  ] as const)("%s to %s is by %s", (from, to, unit) => {
    expect(chooseBucketUnit(from, to)).toBe(unit);
  });
});

describe("bucketStart", () => {
  it("keeps a day", () => expect(bucketStart("2024-03-16", "day")).toBe("2024-03-16"));
  it("goes back to Monday for a week", () => {
    expect(bucketStart("2024-03-16", "week")).toBe("2024-03-11"); // Saturday
    expect(bucketStart("2024-03-11", "week")).toBe("2024-03-11"); // Monday
    expect(bucketStart("2024-03-17", "week")).toBe("2024-03-11"); // Sunday
    expect(bucketStart("2024-01-03", "week")).toBe("2024-01-01");
    expect(bucketStart("2025-01-01", "week")).toBe("2024-12-30"); // across a year
  });
  it("goes to the first of the month", () => expect(bucketStart("2024-02-29", "month")).toBe("2024-02-01"));
  it("goes to the first of January for a year", () => expect(bucketStart("2024-12-31", "year")).toBe("2024-01-01"));
});

describe("bucket ends", () => {
  it("steps through months of different lengths", () => {
    expect(nextBucketStart("2024-01-01", "month")).toBe("2024-02-01");
    expect(bucketEnd("2024-02-01", "month")).toBe("2024-02-29");
    expect(bucketEnd("2024-12-01", "month")).toBe("2024-12-31");
  });
  it("ends a year on 31 December", () => {
    expect(nextBucketStart("2024-01-01", "year")).toBe("2025-01-01");
    expect(bucketEnd("2024-01-01", "year")).toBe("2024-12-31");
  });
  it("ends a week on Sunday", () => expect(bucketEnd("2024-03-11", "week")).toBe("2024-03-17"));
  it("ends a day on itself", () => expect(bucketEnd("2024-03-11", "day")).toBe("2024-03-11"));
  it("counts days", () => expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2));
});

describe("fillBuckets", () => {
  it("fills every bucket of the range, zero where nothing happened", () => {
    const counts = new Map([["2024-03-11", { count: 2, killed: 9 }]]);
    expect(fillBuckets("2024-03-05", "2024-03-20", "week", counts)).toEqual([
      { start: "2024-03-04", end: "2024-03-10", count: 0, killed: 0 },
      { start: "2024-03-11", end: "2024-03-17", count: 2, killed: 9 },
      { start: "2024-03-18", end: "2024-03-24", count: 0, killed: 0 },
    ]);
  });
  it("gives one bucket for a one-day range", () => {
    expect(fillBuckets("2024-03-05", "2024-03-05", "day", new Map())).toHaveLength(1);
  });
  it("covers eleven years by month", () => {
    const buckets = fillBuckets("2015-01-01", "2025-11-29", "month", new Map());
    expect(buckets).toHaveLength(131);
    expect(buckets.at(-1)).toMatchObject({ start: "2025-11-01", end: "2025-11-30" });
  });
});

describe("histogramFromDays", () => {
  const days = [
    { day: "2024-03-11", count: 2, killed: 5 },
    { day: "2024-03-16", count: 1, killed: 0 },
    { day: "2024-03-18", count: 4, killed: 7 },
  ];

  it("sums days into buckets", () => {
    expect([...bucketsFromDays(days, "week")]).toEqual([
      ["2024-03-11", { count: 3, killed: 5 }],
      ["2024-03-18", { count: 4, killed: 7 }],
    ]);
    expect([...bucketsFromDays(days, "year")]).toEqual([["2024-01-01", { count: 7, killed: 12 }]]);
  });

  it("runs from the first to the last day when the filter leaves the dates open", () => {
    const histogram = histogramFromDays(days, {});
    expect(histogram).toMatchObject({ unit: "day", from: "2024-03-11", to: "2024-03-18" });
    expect(histogram!.buckets.map((b) => b.count)).toEqual([2, 0, 0, 0, 0, 1, 0, 4]);
  });

  it("runs over the filter's dates, either end open", () => {
    expect(histogramFromDays(days, { from: "2024-03-01" })).toMatchObject({ from: "2024-03-01", to: "2024-03-18" });
    expect(histogramFromDays(days, { to: "2024-06-30" })).toMatchObject({ unit: "week", from: "2024-03-11", to: "2024-06-30" });
    const quarter = histogramFromDays(days, { from: "2024-01-01", to: "2024-12-31" });
    expect(quarter?.unit).toBe("week");
    expect(quarter?.buckets.reduce((t, b) => t + b.killed, 0)).toBe(12);
  });

  it("is empty over the filter's dates when nothing matches, and null when a date is open", () => {
    expect(histogramFromDays([], { from: "2024-01-01", to: "2024-01-03" })?.buckets).toEqual([
      { start: "2024-01-01", end: "2024-01-01", count: 0, killed: 0 },
      { start: "2024-01-02", end: "2024-01-02", count: 0, killed: 0 },
      { start: "2024-01-03", end: "2024-01-03", count: 0, killed: 0 },
    ]);
    expect(histogramFromDays([], { from: "2024-01-01" })).toBeNull();
    expect(histogramFromDays([], {})).toBeNull();
  });
});
