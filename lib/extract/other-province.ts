import { ATTACK_VERBS } from "./cue-words";
import type { PlaceIndex } from "./place-index";
import { findPlaceMentions } from "./place-mentions";
import type { Sentence } from "./types";

/**
 * Sentences about an attack in another province: they name a province other than the incident's
 * and nothing inside the incident's own ("On Monday, two policemen were killed in Baghlan
 * province"). Their counts belong to that other attack.
 */
export function otherProvinceSentences(sentences: Sentence[], index: PlaceIndex, province: string | null): boolean[] {
  return sentences.map((s) => {
    if (!province || !ATTACK_VERBS.test(s.text)) return false;
    const entries = findPlaceMentions(s.text, index)
      .filter((m) => !m.personLike)
      .flatMap((m) => m.entries);
    const others = entries.filter((e) => e.kind === "province" && e.province !== province);
    return others.length > 0 && !entries.some((e) => e.province === province);
  });
}
