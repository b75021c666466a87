import { describe, expect, it } from "vitest";
import { datePresets } from "./date-presets";

describe("date presets", () => {
  it("are whole days up to today and whole calendar years", () => {
    expect(datePresets("2026-12-04")).toEqual([
      { label: "Last 7 days", from: "2026-11-28", to: "2026-12-04" },
      { label: "Last 30 days", from: "2026-11-05", to: "2026-12-04" },
      { label: "Last 90 days", from: "2026-09-06", to: "2026-12-04" },
      { label: "November 2026", from: "2026-11-01", to: "2026-11-30" },
      { label: "This year", from: "2026-01-01", to: "2026-12-04" },
      { label: "Last year", from: "2025-01-01", to: "2025-12-31" },
    ]);
  });

  it("name last calendar month, whole, across a year and a leap day", () => {
    expect(datePresets("2024-03-01")[3]).toEqual({ label: "February 2024", from: "2024-02-01", to: "2024-02-29" });
    expect(datePresets("2025-01-31")[3]).toEqual({ label: "December 2024", from: "2024-12-01", to: "2024-12-31" });
  });

  it("count 30 days across a month and a leap day", () => {
    expect(datePresets("2024-03-10")[1]).toEqual({ label: "Last 30 days", from: "2024-02-10", to: "2024-03-10" });
  });
});
