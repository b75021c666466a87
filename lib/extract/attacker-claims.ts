import { ATTACKER_SPOKESMAN } from "./cue-words";
import type { Sentence } from "./types";

const SPOKESMAN_GOES_ON = /^(?:He|She|They|The spokes(?:man|person|woman))\s+(?:also\s+)?(?:said|claimed|added|told|stated)\b/;

// Sentences in which the attackers' spokesman speaks, and those that go on quoting him.
// "The Taliban identified the bomber … and said he killed 15 soldiers": the group itself speaking.
const THE_GROUP_SAYS = /^(?:The\s+)?(?:Afghan\s+|Pakistani\s+)?(?:Taliban|TTP)\b[^.;]*?\b(?:said|says|claimed that|claims that|told)\b/;

export function attackerClaims(sentences: Sentence[]): boolean[] {
  const out = sentences.map((s) => ATTACKER_SPOKESMAN.test(s.text) || THE_GROUP_SAYS.test(s.text));
  for (let i = 1; i < sentences.length; i++) if (!out[i] && out[i - 1] && SPOKESMAN_GOES_ON.test(sentences[i]!.text)) out[i] = true;
  return out;
}
