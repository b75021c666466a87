import { describe, expect, it } from "vitest";
import { datePresets } from "./date-presets";

describe("date presets", () => {
  it("are whole days up to today and whole calendar years", () => {
    expect(datePresets("2026-12-04")).toEqual([
      { label: "Last 30 days", from: "2026-11-05", to: "2026-12-04" },
      { label: "Last 12 months", from: "2025-12-05", to: "2026-12-04" },
      { label: "This year", from: "2026-01-01", to: "2026-12-04" },
      { label: "2025", from: "2025-01-01", to: "2025-12-31" },
      { label: "2024", from: "2024-01-01", to: "2024-12-31" },
    ]);
  });

  it("count 30 days across a month and a leap day", () => {
    expect(datePresets("2024-03-10")[0]).toEqual({ label: "Last 30 days", from: "2024-02-10", to: "2024-03-10" });
  });
});
