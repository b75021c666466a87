import type { Sentence } from "./types";

const CIVILIANS_AMONG_DEAD = /\bincluding (?:\w+ )?(?:children|women|minors|students|schoolchildren|worshippers)\b/i;
const CIVILIAN_VICTIMS =
  /\bvictims were civilians\b|\bpassengers?['’]? (?:convoy|vans?|bus|coach)\b|\bconvoy of passenger\b|\bpassengers? (?:were|was) (?:killed|shot)/i;
const SOLDIER_VICTIMS =
  /\b(?:victims|dead|killed)\b[^.]{0,40}\b(?:soldiers|troops|security personnel|policemen|police)\b|\b(?:soldiers|troops|policemen)\b[^.]{0,20}\bamong the (?:dead|victims)\b/i;
const ANOTHER_ATTACK = /\b(?:another|a separate|a second) (?:attack|vehicle|car|bus)\b/i;

/**
 * Whether the dead were civilians though no sentence counts them as such: "54, including 23
 * minors", "the victims were civilians", a passenger convoy; unless soldiers are named among them.
 */
export function civilianContext(sentences: Sentence[], background: boolean[], killedIn: Set<Sentence>): boolean {
  const relevant = sentences.filter((s) => !background[s.index]);
  if (relevant.some((s) => SOLDIER_VICTIMS.test(s.text))) return false;
  return relevant.some((s) => CIVILIAN_VICTIMS.test(s.text) || (killedIn.has(s) && CIVILIANS_AMONG_DEAD.test(s.text)));
}

/** "Another attack on a separate vehicle killed one": more dead at the same scene, to be added. */
export const isAdditive = (s: Sentence) => ANOTHER_ATTACK.test(s.text);

/** Where in the sentence the added dead start: counts before "another attack" are the sentence's own. */
export const additiveFrom = (s: Sentence): number => {
  const m = ANOTHER_ATTACK.exec(s.text);
  if (!m) return Infinity;
  const clause = Math.max(s.text.lastIndexOf(";", m.index), s.text.lastIndexOf(",", m.index));
  return clause >= 0 ? clause : 0;
};
