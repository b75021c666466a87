import { compactPlaceName } from "@/lib/geo/normalise-place-name";
import { confidenceWords } from "../review-fields";
import type { ArticleProposals, Proposal } from "../types";
import type { RealArticle } from "./schema";

/** The fields the issue sets targets for on real text. */
export const REAL_FIELDS = ["eventDate", "province", "place", "killedTotal", "injured"] as const;
export type RealField = (typeof REAL_FIELDS)[number];

/** Issue #14's targets on articles not used for tuning. */
export const REAL_TARGETS: Readonly<Record<RealField, number>> = { eventDate: 0.95, province: 0.95, place: 0.9, killedTotal: 0.9, injured: 0.85 };
export const TOP3_TARGET = 0.97;

type Value = string | number | null;
/** A proposal may carry ranked alternatives; the bench counts a hit among the first three. */
type Ranked = Pick<Proposal<Value>, "value" | "confidence"> & { alternatives?: readonly { value: Value }[] };

export type RealFieldResult = {
  correct: boolean;
  /** Right, or right among the proposal's first two alternatives. */
  inTop3: boolean;
  expected: Value;
  got: Value;
  confidence: number | null;
};

function proposalOf(p: ArticleProposals, field: RealField): Ranked | null {
  if (field === "eventDate") return p.eventDate;
  if (field === "province") return p.province;
  if (field === "place") return p.location;
  if (field === "killedTotal") return p.killed.total;
  return p.injured.total;
}

function matcher(a: RealArticle, field: RealField): (v: Value) => boolean {
  const l = a.labels;
  if (field === "place") {
    const names = new Set([l.place, ...l.placeAlternatives].map(compactPlaceName));
    return (v) => v !== null && names.has(compactPlaceName(String(v)));
  }
  const expected = field === "eventDate" ? l.eventDate : field === "province" ? l.province : field === "killedTotal" ? l.killed.total : l.injured;
  return (v) => v === expected;
}

function expectedOf(a: RealArticle, field: RealField): Value {
  const l = a.labels;
  return { eventDate: l.eventDate, province: l.province, place: l.place, killedTotal: l.killed.total, injured: l.injured }[field];
}

/** Each field of one article against its labels; "not reported" is right only when nothing is proposed. */
export function scoreRealArticle(a: RealArticle, p: ArticleProposals): Record<RealField, RealFieldResult> {
  const out = {} as Record<RealField, RealFieldResult>;
  for (const field of REAL_FIELDS) {
    const proposal = proposalOf(p, field);
    const matches = matcher(a, field);
    const expected = expectedOf(a, field);
    const got = proposal?.value ?? null;
    const correct = expected === null ? got === null : matches(got);
    const alternatives = (proposal?.alternatives ?? []).slice(0, 2).map((x) => x.value);
    out[field] = { correct, inTop3: correct || alternatives.some(matches), expected, got, confidence: proposal?.confidence ?? null };
  }
  return out;
}

export type RealSummary = { field: RealField; correct: number; total: number; top3: number };

export function summariseReal(results: readonly Record<RealField, RealFieldResult>[]): RealSummary[] {
  return REAL_FIELDS.map((field) => {
    const rs = results.map((r) => r[field]);
    return { field, correct: rs.filter((r) => r.correct).length, total: rs.length, top3: rs.filter((r) => r.inTop3).length };
  });
}

export type CalibrationRow = { level: "high" | "medium" | "low"; right: number; proposed: number };

/** How often a proposal shown at each confidence level is right, over every field that proposed something. */
export function calibrate(results: readonly Record<RealField, RealFieldResult>[]): CalibrationRow[] {
  const rows: CalibrationRow[] = (["high", "medium", "low"] as const).map((level) => ({ level, right: 0, proposed: 0 }));
  for (const r of results)
    for (const field of REAL_FIELDS) {
      const x = r[field];
      if (x.confidence === null) continue;
      const row = rows.find((c) => c.level === confidenceWords(x.confidence!))!;
      row.proposed++;
      if (x.correct) row.right++;
    }
  return rows;
}
