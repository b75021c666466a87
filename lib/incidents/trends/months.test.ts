import { describe, expect, it } from "vitest";
import { addMonths, monthEnd, monthOf, monthSpan, monthWithin, monthsBetween } from "./months";

describe("month bucketing", () => {
  it("names the month of a day", () => {
    expect(monthOf("2024-03-16")).toBe("2024-03");
    expect(monthOf("2024-12-31")).toBe("2024-12");
  });

  it("knows the last day of every month, leap years included", () => {
    expect(monthEnd("2024-02")).toBe("2024-02-29");
    expect(monthEnd("2023-02")).toBe("2023-02-28");
    expect(monthEnd("1900-02")).toBe("1900-02-28");
    expect(monthEnd("2000-02")).toBe("2000-02-29");
    expect(monthEnd("2024-04")).toBe("2024-04-30");
    expect(monthEnd("2024-12")).toBe("2024-12-31");
  });

  it("steps across year ends both ways", () => {
    expect(addMonths("2024-11", 2)).toBe("2025-01");
    expect(addMonths("2024-01", -1)).toBe("2023-12");
    expect(addMonths("2024-03", -14)).toBe("2023-01");
    expect(addMonths("2024-03", 0)).toBe("2024-03");
  });

  it("lists every month between two days, inclusive", () => {
    expect(monthsBetween("2023-11-20", "2024-02-03")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(monthsBetween("2024-03-01", "2024-03-31")).toEqual(["2024-03"]);
    expect(monthsBetween("2024-04-01", "2024-03-31")).toEqual([]);
  });

  it("clamps a month to the period shown", () => {
    expect(monthWithin("2024-03", "2024-03-10", "2024-06-30")).toEqual({ from: "2024-03-10", to: "2024-03-31" });
    expect(monthWithin("2024-04", "2024-03-10", "2024-04-12")).toEqual({ from: "2024-04-01", to: "2024-04-12" });
    expect(monthWithin("2024-05", "2024-01-01", "2024-12-31")).toEqual({ from: "2024-05-01", to: "2024-05-31" });
  });

  it("spans a month from its first day to the first of the next, in UTC", () => {
    const { start, end } = monthSpan("2024-12");
    expect(start.toISOString()).toBe("2024-12-01T00:00:00.000Z");
    expect(end.toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });
});
