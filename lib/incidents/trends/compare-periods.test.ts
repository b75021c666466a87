import { describe, expect, it } from "vitest";
import { currentPeriod, describeChange, previousLabel, previousPeriod, wholeMonths, yearEarlier } from "./compare-periods";

describe("the period compared", () => {
  it("is the filter's dates when it has both", () => {
    expect(currentPeriod({ from: "2024-03-05", to: "2024-03-20" }, "2024-12-01")).toEqual({ from: "2024-03-05", to: "2024-03-20" });
  });

  it("is otherwise the last three calendar months up to the latest incident", () => {
    expect(currentPeriod({}, "2024-03-18")).toEqual({ from: "2024-01-01", to: "2024-03-31" });
    expect(currentPeriod({}, "2024-01-02")).toEqual({ from: "2023-11-01", to: "2024-01-31" });
  });

  it("ends at the filter's `to` and does not start before its `from`", () => {
    expect(currentPeriod({ to: "2024-05-10" }, "2024-03-18")).toEqual({ from: "2024-03-01", to: "2024-05-10" });
    expect(currentPeriod({ from: "2024-02-15" }, "2024-03-18")).toEqual({ from: "2024-02-15", to: "2024-03-31" });
  });
});

describe("the periods it is compared with", () => {
  it("counts whole calendar months", () => {
    expect(wholeMonths({ from: "2024-01-01", to: "2024-03-31" })).toBe(3);
    expect(wholeMonths({ from: "2023-12-01", to: "2024-02-29" })).toBe(3);
    expect(wholeMonths({ from: "2024-01-02", to: "2024-03-31" })).toBeNull();
    expect(wholeMonths({ from: "2024-01-01", to: "2024-03-30" })).toBeNull();
  });

  it("takes the previous months, whatever their lengths", () => {
    expect(previousPeriod({ from: "2024-03-01", to: "2024-05-31" })).toEqual({ from: "2023-12-01", to: "2024-02-29" });
    expect(previousPeriod({ from: "2024-03-01", to: "2024-03-31" })).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(previousPeriod({ from: "2024-01-01", to: "2024-12-31" })).toEqual({ from: "2023-01-01", to: "2023-12-31" });
  });

  it("takes as many days just before when the period is not whole months", () => {
    expect(previousPeriod({ from: "2024-03-10", to: "2024-03-19" })).toEqual({ from: "2024-02-29", to: "2024-03-09" });
    expect(previousPeriod({ from: "2024-03-16", to: "2024-03-16" })).toEqual({ from: "2024-03-15", to: "2024-03-15" });
  });

  it("goes back a year, leap days included", () => {
    expect(yearEarlier({ from: "2024-01-01", to: "2024-03-31" })).toEqual({ from: "2023-01-01", to: "2023-03-31" });
    expect(yearEarlier({ from: "2024-02-01", to: "2024-02-29" })).toEqual({ from: "2023-02-01", to: "2023-02-28" });
    expect(yearEarlier({ from: "2025-02-01", to: "2025-02-28" })).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(yearEarlier({ from: "2024-02-29", to: "2024-03-10" })).toEqual({ from: "2023-02-28", to: "2023-03-10" });
  });

  it("names the previous period", () => {
    expect(previousLabel({ from: "2024-01-01", to: "2024-03-31" })).toBe("the previous 3 months");
    expect(previousLabel({ from: "2024-03-01", to: "2024-03-31" })).toBe("the previous month");
    expect(previousLabel({ from: "2024-03-10", to: "2024-03-19" })).toBe("the previous 10 days");
    expect(previousLabel({ from: "2024-03-10", to: "2024-03-10" })).toBe("the previous day");
  });
});

describe("the change in words", () => {
  const prev = "the previous 3 months";
  it.each([
    [138, 100, "up 38% on the previous 3 months"],
    [88, 100, "down 12% on the previous 3 months"],
    [0, 5, "down 100% on the previous 3 months"],
    [200, 100, "up 100% on the previous 3 months"],
    [7, 7, "unchanged on the previous 3 months"],
    [0, 0, "none, as in the previous 3 months"],
    [4, 0, "up from none in the previous 3 months"],
    [1001, 1000, "up less than 1% on the previous 3 months"],
    [2, 3, "down 33% on the previous 3 months"],
    [12345, 1, "up 1,234,400% on the previous 3 months"],
  ])("%i against %i: %s", (now, before, words) => {
    expect(describeChange(now, before, prev)).toBe(words);
  });
});
