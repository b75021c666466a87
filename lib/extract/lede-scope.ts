import { findCasualtyMentions } from "./casualty-mentions";
import { NUMBER_PATTERN, parseNumber } from "./number-words";
import type { Sentence } from "./types";

/**
 * The lede event's toll (issue #14, decision 011): the first sentence of the report's body that counts
 * the dead reports the main event. A later count larger than the lede's belongs to it only when the
 * report says the toll grew or was revised, or when it takes the lede's dead in ("28 people, including
 * the three cousins"); otherwise it counts another event, a period or a region, and is left out.
 */
export type LedeTally = { count: number; sentence: Sentence; alternative: boolean; single?: boolean; rough?: boolean };

export const UPDATED_TOLL = /\b(?:rose|reached|risen|rising|climbed|increased|jumped|later|succumbed|revis(?:ed|ing)|updated?|final|now)\b/i;
const TAKES_IN = new RegExp(`\\b(?:including|among them|among whom|of whom)\\s+(?:the\\s+|all\\s+)?(${NUMBER_PATTERN})\\b`, "gi");

/** "28 people, including the three cousins" after a lede of three: the larger count takes the lede's dead in. */
export function takesInLede(text: string, ledeCount: number): boolean {
  return [...text.matchAll(TAKES_IN)].some((m) => parseNumber(m[1]!) === ledeCount);
}

/** A sentence of the report's body: it ends as a sentence does and is not a headline or caption. */
export function isBodySentence(s: Sentence): boolean {
  return !!s.lostStop || (/[.!?]["'”’)]*\s*$/.test(s.text) && s.text.split(/\s+/).length >= 4);
}

const ENDS_A_SENTENCE = /[.!?:]["'”’)]*\s*$/;

/**
 * "Hospital reports / Data collected from hospitals show that as many as 34 people injured … are
 * admitted in three hospitals": under a subheading, a paragraph of one long sentence in running prose
 * (most words lower case) after the report has begun, whose full stop the page lost, is the report's,
 * not a headline or a caption.
 */
export function markLostStops(sentences: readonly Sentence[]): Sentence[] {
  const begun = sentences.findIndex((s) => isBodySentence(s) && s.text.split(/\s+/).length >= 8);
  return sentences.map((s, i) => {
    if (begun < 0 || i <= begun || ENDS_A_SENTENCE.test(s.text)) return s;
    if (sentences[i - 1]?.paragraph === s.paragraph || sentences[i + 1]?.paragraph === s.paragraph) return s;
    // Under a subheading: a short line of its own with no full stop.
    const heading = sentences[i - 1]!;
    if (ENDS_A_SENTENCE.test(heading.text) || heading.text.split(/\s+/).length > 5 || sentences[i - 2]?.paragraph === heading.paragraph) return s;
    const words = s.text.split(/\s+/);
    const lower = words.filter((w) => /^[a-z]/.test(w)).length;
    return words.length >= 12 && lower >= words.length * 0.6 ? { ...s, lostStop: true } : s;
  });
}

/** The lede's count of the dead: the largest of the first body sentence that gives one (a whole count, or its parts added up). */
export function ledeCount(whole: readonly LedeTally[], parts: readonly LedeTally[]): { sentence: Sentence; count: number } | null {
  // A count in dozens ("took over two dozen lives") does not make the lede against a written count.
  const written = [...whole, ...parts].filter((t) => !t.rough);
  const own = (written.length ? written : [...whole, ...parts]).filter((t) => !t.alternative && !t.single && isBodySentence(t.sentence));
  if (!own.length) return null;
  const sentence = own.reduce((a, t) => (t.sentence.index < a.sentence.index ? t : a)).sentence;
  const wholeHere = Math.max(0, ...whole.filter((t) => t.sentence === sentence).map((t) => t.count));
  const partsHere = parts.filter((t) => t.sentence === sentence).reduce((n, t) => n + t.count, 0);
  return { sentence, count: Math.max(wholeHere, partsHere) };
}

// "…were killed in the strike": the sentence points back at the event the lede reports.
const THE_EVENT =
  /\b(?:in|during|by) the (?:same |latest |deadly )?(?:attack|blast|bombing|explosion|(?:air|drone )?strike|raid|incident|assault|ambush|firing|shooting|gunfight|clash(?:es)?|fighting)\b/i;

/**
 * Whether a count may stand for the lede event's dead (see above). A sentence that names the lede's
 * count as one of its parts ("five visitors and their driver were killed" after "five visitors were
 * killed"), or points back at the event ("15 people died in the strike"), restates the lede.
 */
export function inLedeScope(t: LedeTally, lede: { sentence: Sentence; count: number } | null): boolean {
  if (!lede || t.sentence === lede.sentence || t.count <= lede.count) return true;
  if (UPDATED_TOLL.test(t.sentence.text) || takesInLede(t.sentence.text, lede.count) || THE_EVENT.test(t.sentence.text)) return true;
  return findCasualtyMentions(t.sentence.text).some((m) => m.count === lede.count);
}
