import type { CodedFigure } from "./coded-figures";

const sources = (n: number) => `${n} source${n === 1 ? "" : "s"}`;

/** What the reports give: "reports range 7–9 across 3 sources", "2 sources agree on 7", "1 source reports it". */
export function rangeWords(range: NonNullable<CodedFigure["range"]>): string {
  if (range.sourceCount === 1) return "1 source reports it";
  if (range.low === range.high) return `${sources(range.sourceCount)} agree on ${range.low}`;
  return `reports range ${range.low}\u2013${range.high} across ${sources(range.sourceCount)}`;
}

/**
 * A coded figure's rule in words (docs/decisions/016-coded-figures.md), as the incident page says it:
 * "best 7: ISPR via Arab News; reports range 7–9 across 3 sources",
 * "12, set by the analyst: later reports raised the toll; reports range 7–9 across 3 sources",
 * "4, entered by the analyst; no source reports it".
 */
export function codedFigureWords(f: CodedFigure): string {
  const value = f.value === null ? "not reported" : String(f.value);
  const range = f.range ? `; ${rangeWords(f.range)}` : "";
  if (f.rule === "analyst") return `${value}, set by the analyst${f.reason ? `: ${f.reason}` : ""}${range || "; no source reports it"}`;
  if (f.rule === "entered") return `${value}, entered by the analyst; no source reports it`;
  const basis = f.basis!;
  const who = basis.originator ? `${basis.originator} via ${basis.outlet}` : basis.outlet;
  return `best ${value}: ${who}${f.chosen ? " (the analyst's choice)" : ""}${range}`;
}
