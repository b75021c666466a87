import { describe, expect, it } from "vitest";
import { codeFigure, codeFigures, killedEstimates, type CodingSource } from "./coded-figures";

const source = (n: number, publishedAt: string | null, originator: string | null, figures: Record<string, number>): CodingSource => ({
  url: `https://news.example.org/${n}`,
  outlet: `Outlet ${n}`,
  publishedAt,
  report: { originator, figures: Object.fromEntries(Object.entries(figures).map(([k, value]) => [k, { value, quote: null }])) },
});

const THREE = [
  source(1, "2024-03-16", "security sources", { "killed.total": 9 }),
  source(2, "2024-03-16", "ISPR", { "killed.total": 7 }),
  source(3, "2024-03-15", "police", { "killed.total": 8 }),
];

describe("codeFigure", () => {
  it("presets best to the most direct originator, and spans the range of every report", () => {
    const f = codeFigure("killed.total", THREE, undefined, 12);
    expect(f).toMatchObject({ value: 7, rule: "reports", chosen: false, reason: null, range: { low: 7, high: 9, sourceCount: 3 } });
    expect(f.basis).toEqual({ ref: "https://news.example.org/2", outlet: "Outlet 2", originator: "ISPR", value: 7 });
  });

  it("among equally direct originators, takes the most recent report; among equally recent, the first listed", () => {
    const later = [...THREE, source(4, "2024-03-18", "a hospital official", { "killed.total": 11 })];
    expect(codeFigure("killed.total", later, undefined, null).basis?.outlet).toBe("Outlet 4");
    const same = [source(1, "2024-03-16", "police", { "killed.total": 5 }), source(2, "2024-03-16", "ISPR", { "killed.total": 6 })];
    expect(codeFigure("killed.total", same, undefined, null).value).toBe(5);
    // An undated report counts as older than any dated one.
    expect(
      codeFigure("killed.total", [source(1, null, "police", { "killed.total": 5 }), source(2, "2020-01-01", "police", { "killed.total": 6 })], undefined, null)
        .value,
    ).toBe(6);
  });

  it("takes the source the analyst chose, by URL (a trailing slash aside)", () => {
    const f = codeFigure("killed.total", THREE, { rule: "reports", sourceUrl: "https://news.example.org/1/", reason: null }, null);
    expect(f).toMatchObject({ value: 9, rule: "reports", chosen: true, basis: { outlet: "Outlet 1" } });
  });

  it("falls back to the preset, marked not chosen, when the chosen source does not state the figure", () => {
    const f = codeFigure("killed.total", THREE, { rule: "reports", sourceUrl: "https://elsewhere.example/x", reason: null }, null);
    expect(f).toMatchObject({ value: 7, chosen: false });
  });

  it("keeps the analyst's value and reason when the analyst sets it, with the reports' range beside it", () => {
    const f = codeFigure("killed.total", THREE, { rule: "analyst", sourceUrl: null, reason: "toll rose the next day" }, 12);
    expect(f).toMatchObject({ value: 12, rule: "analyst", basis: null, reason: "toll rose the next day", range: { low: 7, high: 9 } });
  });

  it("keeps the typed value, as entered, when no source states the figure", () => {
    expect(codeFigure("killed.civilians", THREE, undefined, 4)).toMatchObject({ value: 4, rule: "entered", range: null });
    expect(codeFigure("killed.civilians", [], undefined, null)).toMatchObject({ value: null, rule: "entered" });
  });
});

describe("codeFigures and killedEstimates", () => {
  it("codes every reported field, each from the reports that state it", () => {
    const coded = codeFigures([...THREE, source(5, null, "police", { "injured.total": 20 })], {}, () => null);
    expect(coded["killed.total"].value).toBe(7);
    expect(coded["injured.total"]).toMatchObject({ value: 20, range: { low: 20, high: 20, sourceCount: 1 } });
    expect(coded["injured.civilians"].rule).toBe("entered");
  });

  it("derives low and high from the reports only while the total follows them", () => {
    expect(killedEstimates(codeFigure("killed.total", THREE, undefined, null))).toEqual({ low: 7, high: 9 });
    expect(killedEstimates(codeFigure("killed.total", THREE, { rule: "analyst", sourceUrl: null, reason: "r" }, 12))).toBeNull();
    expect(killedEstimates(codeFigure("killed.total", [], undefined, 3))).toBeNull();
  });
});
