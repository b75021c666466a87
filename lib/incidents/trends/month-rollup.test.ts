import { describe, expect, it } from "vitest";
import { IncidentFilterSchema } from "../filter/filter";
import { rollupMonths, rollupSpan, splitSpan } from "./month-rollup";

const months = (raw: Record<string, unknown>) => rollupMonths(IncidentFilterSchema.parse(raw));
const span = (raw: Record<string, unknown>) => rollupSpan(IncidentFilterSchema.parse(raw));

describe("rollupSpan", () => {
  it("answers filters made of the rollups' columns, with their dates", () => {
    expect(span({})).toEqual({ from: undefined, to: undefined });
    expect(span({ province: ["PK-KP"], country: ["PAK"], eventType: ["Battles"], status: "all", from: "2024-01-02", to: "2024-02-28" })).toEqual({
      from: "2024-01-02",
      to: "2024-02-28",
    });
  });

  it("answers a minimum killed that is one of the killed rollups' thresholds", () => {
    for (const minKilled of [0, 1, 2, 3, 5, 10, 20, 50, 100]) expect(span({ minKilled, from: "2024-01-02" })).toEqual({ from: "2024-01-02", to: undefined });
  });

  it("leaves conditions the rollups do not hold to the incidents", () => {
    for (const raw of [{ subEventType: ["Armed clash"] }, { actor: ["TTP"] }, { minKilled: 4 }, { minKilled: 101 }, { disputed: "true" }, { q: "Peshawar" }]) {
      expect(span(raw)).toBeNull();
    }
  });
});

describe("splitSpan", () => {
  it("reads whole months from the monthly rollup, open ends included", () => {
    expect(splitSpan({})).toEqual({ months: { first: undefined, last: undefined }, days: [] });
    expect(splitSpan({ from: "2024-01-01", to: "2024-02-29" })).toEqual({ months: { first: "2024-01", last: "2024-02" }, days: [] });
    expect(splitSpan({ from: "2024-03-01" })).toEqual({ months: { first: "2024-03", last: undefined }, days: [] });
    expect(splitSpan({ to: "2023-02-28" })).toEqual({ months: { first: undefined, last: "2023-02" }, days: [] });
    expect(splitSpan({ from: "2024-02-01", to: "2024-02-29" })).toEqual({ months: { first: "2024-02", last: "2024-02" }, days: [] });
  });

  it("reads the days of part months at either end from the daily rollup", () => {
    expect(splitSpan({ from: "2024-01-15", to: "2024-04-10" })).toEqual({
      months: { first: "2024-02", last: "2024-03" },
      days: [
        { from: "2024-01-15", to: "2024-01-31" },
        { from: "2024-04-01", to: "2024-04-10" },
      ],
    });
    expect(splitSpan({ from: "2024-12-02" })).toEqual({ months: { first: "2025-01", last: undefined }, days: [{ from: "2024-12-02", to: "2024-12-31" }] });
    expect(splitSpan({ to: "2024-02-28" })).toEqual({ months: { first: undefined, last: "2024-01" }, days: [{ from: "2024-02-01", to: "2024-02-28" }] });
  });

  it("has no months when the span has no whole one", () => {
    expect(splitSpan({ from: "2024-03-05", to: "2024-03-20" })).toEqual({ months: null, days: [{ from: "2024-03-05", to: "2024-03-20" }] });
    expect(splitSpan({ from: "2024-03-05", to: "2024-04-20" })).toEqual({
      months: null,
      days: [
        { from: "2024-03-05", to: "2024-03-31" },
        { from: "2024-04-01", to: "2024-04-20" },
      ],
    });
    expect(splitSpan({ from: "2024-03-01", to: "2024-03-20" })).toEqual({ months: null, days: [{ from: "2024-03-01", to: "2024-03-20" }] });
  });
});

describe("rollupMonths", () => {
  it("answers filters on the rollup's columns, over every month without dates", () => {
    expect(months({})).toEqual({ first: undefined, last: undefined });
    expect(months({ province: ["PK-KP"], country: ["PAK"], eventType: ["Battles"], status: "all" })).toEqual({ first: undefined, last: undefined });
  });

  it("answers whole months only", () => {
    expect(months({ from: "2024-01-01", to: "2024-02-29" })).toEqual({ first: "2024-01", last: "2024-02" });
    expect(months({ from: "2024-03-01" })).toEqual({ first: "2024-03", last: undefined });
    expect(months({ from: "2024-01-02" })).toBeNull();
    expect(months({ to: "2024-02-28" })).toBeNull();
  });

  it("answers a minimum killed that is a threshold of the killed rollups, over whole months", () => {
    expect(months({ minKilled: 0 })).toEqual({ first: undefined, last: undefined });
    expect(months({ minKilled: 10, country: ["PAK"], from: "2024-01-01", to: "2024-03-31" })).toEqual({ first: "2024-01", last: "2024-03" });
    expect(months({ minKilled: 100, from: "2024-01-02" })).toBeNull();
  });

  it("leaves conditions it does not hold to the incidents: another minimum killed among them", () => {
    for (const raw of [{ subEventType: ["Armed clash"] }, { actor: ["TTP"] }, { minKilled: 4 }, { minKilled: 11 }, { disputed: "true" }, { q: "Peshawar" }]) {
      expect(months(raw)).toBeNull();
    }
  });
});
