import { describe, expect, it } from "vitest";
import { formatDay, formatEventDate } from "./format-date";

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
