import type { Proposal, Sentence } from "./types";

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
