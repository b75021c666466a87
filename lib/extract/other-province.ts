import { ATTACK_VERBS } from "./cue-words";
import type { PlaceIndex } from "./place-index";
import { findPlaceMentions, type PlaceMention } from "./place-mentions";
import { datelineEnd } from "./place-scoring";
import { isReferencePoint } from "./reference-point";
import type { Sentence } from "./types";

// "KABUL, Afghanistan – A car bomb killed 12 policemen": the dateline is where the report was filed.
function mentionsPastDateline(s: Sentence, sentences: Sentence[], index: PlaceIndex): PlaceMention[] {
  const dateline = datelineEnd(s, sentences[s.index - 1]?.paragraph !== s.paragraph);
  return findPlaceMentions(s.text, index).filter((m) => !m.personLike && m.start >= dateline);
}

// "in the province, 600 km west of Kabul": a landmark to measure from names no other incident
// (though one inside the incident's own province still places the sentence there).
const landmark = (s: Sentence, m: PlaceMention) => isReferencePoint(s.text.slice(Math.max(0, m.start - 80), m.start));

/**
 * Sentences about an attack in another province: they name a province other than the incident's
 * and nothing inside the incident's own ("On Monday, two policemen were killed in Baghlan
 * province"). Their counts belong to that other attack.
 */
export function otherProvinceSentences(sentences: Sentence[], index: PlaceIndex, province: string | null): boolean[] {
  return sentences.map((s) => {
    if (!province || !ATTACK_VERBS.test(s.text)) return false;
    const mentions = mentionsPastDateline(s, sentences, index);
    const entries = mentions.flatMap((m) => m.entries);
    const others = mentions.filter((m) => !landmark(s, m)).flatMap((m) => m.entries.filter((e) => e.kind === "province" && e.province !== province));
    return others.length > 0 && !entries.some((e) => e.province === province);
  });
}

// Clauses of one sentence: "…in Kunduz, leaving 15 soldiers dead there, and in western Farah province, where they killed four policemen".
const CLAUSE_BREAK = /;|,\s*(?:and|while|whereas|but)\s+|\.\s/g;

/**
 * Within sentences that name both the incident's province (or a place in it) and another one, the
 * spans of the clauses that name only the other: their counts are another attack's.
 */
export function otherProvinceClauses(sentences: Sentence[], index: PlaceIndex, province: string | null): [number, number][][] {
  // "in the provinces of Paktika and Khost": provinces the article names together share the incident.
  const partners = new Set<string>();
  for (const s of sentences) {
    const ms = findPlaceMentions(s.text, index).filter((m) => !m.personLike);
    for (let i = 0; i + 1 < ms.length; i++) {
      const [a, b] = [ms[i]!, ms[i + 1]!];
      if (!/^\s*(?:and|&|,)\s*$/.test(s.text.slice(a.end, b.start))) continue;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const)
        if (x.entries.some((e) => e.province === province)) y.entries.forEach((e) => e.province && partners.add(e.province));
    }
  }
  return sentences.map((s) => {
    if (!province || !ATTACK_VERBS.test(s.text)) return [];
    const mentions = mentionsPastDateline(s, sentences, index).filter((m) => m.entries.some((e) => e.province));
    const own = (m: (typeof mentions)[number]) =>
      landmark(s, m) || m.entries.some((e) => e.province === province || (e.province !== null && partners.has(e.province)));
    if (!mentions.some(own) || mentions.every(own)) return [];
    const breaks = [0, ...[...s.text.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length), s.text.length];
    const spans: [number, number][] = [];
    for (let i = 0; i + 1 < breaks.length; i++) {
      const [from, to] = [breaks[i]!, breaks[i + 1]!];
      const inClause = mentions.filter((m) => m.start >= from && m.start < to);
      if (inClause.length && !inClause.some(own)) spans.push([from, to]);
    }
    return spans;
  });
}
