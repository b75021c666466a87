import { REPORTED_FIELD_PATHS, type ReportedField } from "@/lib/sources/report/reported-fields";
import type { SourceReport } from "@/lib/sources/report/report-schema";
import { originatorDirectness } from "./originator-directness";
import { sourceRef } from "@/lib/sources/schema";
import type { FigureChoice, FigureCoding } from "./coding-schema";

/** A source as the rule reads it: where it is (an article's URL or a dataset record), when it was published, and what it reports. */
export type CodingSource = {
  url: string | null;
  datasetRecord?: string | null;
  outlet: string;
  publishedAt: string | null;
  report: Pick<SourceReport, "originator" | "figures">;
};

/** The report a coded value rests on; `ref` names its source as the coding does (sourceRef: URL or dataset record). */
export type Basis = { ref: string; outlet: string; originator: string | null; value: number };

/**
 * One casualty figure as coded (docs/decisions/016-coded-figures.md):
 * - "reports": derived; best is `basis`, the preset report or, when `chosen`, the analyst's choice;
 * - "analyst": set by the analyst, with `reason`;
 * - "entered": no source states it, so the value is as the analyst entered it.
 * `range` spans every reported value, with how many sources state one.
 */
export type CodedFigure = {
  path: ReportedField;
  value: number | null;
  rule: "reports" | "analyst" | "entered";
  basis: Basis | null;
  chosen: boolean;
  reason: string | null;
  range: { low: number; high: number; sourceCount: number } | null;
};

/** Source references (sourceRef) compared as the sources are stored: URLs without a fragment or trailing slash. */
export function sameRef(a: string, b: string): boolean {
  const key = (u: string) => u.trim().replace(/#.*$/, "").replace(/\/$/, "");
  return key(a) === key(b);
}

/** The preset best: the most direct originator first, then the most recent report, then the first listed. */
export function presetBasis(stating: readonly (Basis & { publishedAt: string | null })[]): Basis | null {
  let best: (typeof stating)[number] | null = null;
  for (const s of stating) {
    if (!best) {
      best = s;
      continue;
    }
    const d = originatorDirectness(s.originator) - originatorDirectness(best.originator);
    if (d > 0 || (d === 0 && (s.publishedAt ?? "") > (best.publishedAt ?? ""))) best = s;
  }
  return best && { ref: best.ref, outlet: best.outlet, originator: best.originator, value: best.value };
}

/** One figure coded from the sources' reports, the analyst's choice for it, and the value typed in its box. */
export function codeFigure(path: ReportedField, sources: readonly CodingSource[], choice: FigureChoice | undefined, typed: number | null): CodedFigure {
  const stating = sources.flatMap((s) => {
    const f = s.report.figures[path];
    return f ? [{ ref: sourceRef(s), outlet: s.outlet, originator: s.report.originator, value: f.value, publishedAt: s.publishedAt }] : [];
  });
  const values = stating.map((s) => s.value);
  const range = stating.length ? { low: Math.min(...values), high: Math.max(...values), sourceCount: stating.length } : null;
  if (choice?.rule === "analyst") return { path, value: typed, rule: "analyst", basis: null, chosen: false, reason: choice.reason, range };
  if (!stating.length) return { path, value: typed, rule: "entered", basis: null, chosen: false, reason: null, range };
  const picked = choice?.sourceUrl ? stating.find((s) => sameRef(s.ref, choice.sourceUrl!)) : undefined;
  const basis = picked ? { ref: picked.ref, outlet: picked.outlet, originator: picked.originator, value: picked.value } : presetBasis(stating)!;
  return { path, value: basis.value, rule: "reports", basis, chosen: Boolean(picked), reason: null, range };
}

export type CodedFigures = Record<ReportedField, CodedFigure>;

/** Every reported casualty figure coded; `typed` reads the value the analyst entered for a field. */
export function codeFigures(sources: readonly CodingSource[], coding: FigureCoding, typed: (path: ReportedField) => number | null): CodedFigures {
  return Object.fromEntries(REPORTED_FIELD_PATHS.map((p) => [p, codeFigure(p, sources, coding[p], typed(p))])) as CodedFigures;
}

/**
 * The killed estimates when the killed total follows the reports: low = the smallest reported value,
 * high = the largest. Null otherwise: when no source states the total, or the analyst set it
 * (with a reason), the estimates are the analyst's too, as entered.
 */
export function killedEstimates(total: CodedFigure): { low: number; high: number } | null {
  if (total.rule !== "reports" || !total.range) return null;
  return { low: total.range.low, high: total.range.high };
}
