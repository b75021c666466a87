import { describe, expect, it } from "vitest";
import { codedFigureWords } from "./coded-figure-words";
import type { CodedFigure } from "./coded-figures";

const base: CodedFigure = { path: "killed.total", value: 7, rule: "reports", basis: null, chosen: false, reason: null, range: null };
const basis = { ref: "https://x.example/1", outlet: "Arab News", originator: "ISPR", value: 7 };

describe("codedFigureWords", () => {
  it("names the report behind best and the range of the reports", () => {
    expect(codedFigureWords({ ...base, basis, range: { low: 7, high: 9, sourceCount: 3 } })).toBe(
      "best 7: ISPR via Arab News; reports range 7\u20139 across 3 sources",
    );
    expect(codedFigureWords({ ...base, basis: { ...basis, originator: null }, chosen: true, range: { low: 7, high: 7, sourceCount: 2 } })).toBe(
      "best 7: Arab News (the analyst's choice); 2 sources agree on 7",
    );
    expect(codedFigureWords({ ...base, basis, range: { low: 7, high: 7, sourceCount: 1 } })).toBe("best 7: ISPR via Arab News; 1 source reports it");
  });

  it("gives the analyst's reason, and says when no source reports a figure", () => {
    expect(codedFigureWords({ ...base, value: 12, rule: "analyst", reason: "later reports raised the toll", range: { low: 7, high: 9, sourceCount: 3 } })).toBe(
      "12, set by the analyst: later reports raised the toll; reports range 7\u20139 across 3 sources",
    );
    expect(codedFigureWords({ ...base, value: 4, rule: "entered" })).toBe("4, entered by the analyst; no source reports it");
    expect(codedFigureWords({ ...base, value: null, rule: "analyst", reason: "no toll given" })).toBe(
      "not reported, set by the analyst: no toll given; no source reports it",
    );
  });
});
