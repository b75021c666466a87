import type { Alternative, Proposal, Sentence } from "./types";

/** Confidence is kept within (0, 1) and rounded so results compare cleanly in tests and the UI. */
export function propose<T>(value: T, sentence: Sentence, confidence: number): Proposal<T> {
  return {
    value,
    evidence: sentence.text,
    start: sentence.start,
    end: sentence.end,
    confidence: Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100,
  };
}

/** Adds up to two alternatives whose values differ from the proposal's and from each other. */
export function withAlternatives<T>(p: Proposal<T> | null, others: readonly Alternative<T>[], same: (a: T, b: T) => boolean = Object.is): Proposal<T> | null {
  if (!p) return p;
  const picked: Alternative<T>[] = [];
  for (const o of others) {
    if (picked.length === 2) break;
    if (!same(o.value, p.value) && !picked.some((x) => same(x.value, o.value))) picked.push(o);
  }
  return picked.length ? { ...p, alternatives: picked } : p;
}
