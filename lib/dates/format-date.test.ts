import { describe, expect, it } from "vitest";
import { formatAxisDate, formatDay, formatEventDate, formatMonth, formatWeekday } from "./format-date";
import { formatDateTime, formatDayOf } from "./format-date-time";

describe("formatEventDate", () => {
  it("shows the weekday for an exact day", () => {
    expect(formatEventDate("2024-03-16", "day")).toBe("Sat, 16 Mar 2024");
  });
  it("shows only the month when the day is not known", () => {
    expect(formatEventDate("2024-03-01", "month")).toBe("March 2024");
  });
  it("shows only the year", () => {
    expect(formatEventDate("2024-01-01", "year")).toBe("2024");
  });
  it("says week of for week precision", () => {
    expect(formatEventDate("2024-03-11", "week")).toBe("week of 11 Mar 2024");
  });
  it("adds the end of a multi-day event", () => {
    expect(formatEventDate("2025-03-11", "day", "2025-03-12")).toBe("Tue, 11 Mar 2025 – 12 Mar 2025");
  });
  it("formats a plain day", () => {
    expect(formatDay("2024-03-17")).toBe("17 Mar 2024");
  });
});

describe("the other date formats", () => {
  it("names the weekday of a day", () => expect(formatWeekday("2024-03-16")).toBe("Saturday"));
  it("names a month from any of its days", () => expect(formatMonth("2024-03-31")).toBe("March 2024"));
  it("labels an axis by month or by day", () => {
    expect(formatAxisDate("2024-03-01", "month")).toBe("Mar 2024");
    expect(formatAxisDate("2024-03-16", "day")).toBe("16 Mar 24");
    expect(formatAxisDate("2024-01-01", "year")).toBe("2024");
  });
  it("shows a record-keeping time in UTC, and its day", () => {
    expect(formatDateTime("2024-03-16T23:30:00.000Z")).toBe("16 Mar 2024, 23:30 UTC");
    expect(formatDayOf("2024-03-16T23:30:00.000Z")).toBe("16 Mar 2024");
    expect(formatDayOf(new Date("2024-03-17T00:30:00+05:00"))).toBe("16 Mar 2024");
  });
});
