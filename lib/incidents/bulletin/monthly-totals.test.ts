import { describe, expect, it } from "vitest";
import { monthlyTotals } from "./monthly-totals";

const series = (key: string, figures: [number, number][]) => ({
  key,
  label: key,
  total: { count: 0, killed: 0 },
  months: figures.map(([count, killed], i) => ({ month: `2024-0${i + 1}`, count, killed })),
});

describe("incidents and killed per month", () => {
  it("adds up the event types month by month", () => {
    const months = ["2024-01", "2024-02", "2024-03"];
    const byEventType = [
      series("Battles", [
        [1, 2],
        [0, 0],
        [3, 10],
      ]),
      series("Riots", [
        [2, 0],
        [1, 1],
        [0, 0],
      ]),
    ];
    expect(monthlyTotals({ months, byEventType })).toEqual([
      { month: "2024-01", count: 3, killed: 2 },
      { month: "2024-02", count: 1, killed: 1 },
      { month: "2024-03", count: 3, killed: 10 },
    ]);
  });

  it("gives zeros for months with no series", () => {
    expect(monthlyTotals({ months: ["2024-01"], byEventType: [] })).toEqual([{ month: "2024-01", count: 0, killed: 0 }]);
  });
});
