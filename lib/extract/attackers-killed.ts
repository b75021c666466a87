import { findGroups } from "./casualty-groups";
import type { CasualtyMention } from "./casualty-mentions";
import type { Sentence } from "./types";

/* Attackers killed without a number of their own: the number is the one a sentence just before gives them. */

// "… there were two suspected terrorists. Both died in the explosion": the attackers the sentence
// before counts died with their own bomb.
const BOTH_DIED = /^(?:both|all (?:two|three|four|five|six|seven|eight|nine|ten|\d+))(?: of them)? (?:also )?(?:died|were killed|perished|were dead)\b/i;

export function bothDied(s: Sentence, previous: Sentence | undefined): CasualtyMention[] {
  if (!previous || !BOTH_DIED.test(s.text)) return [];
  const attackers = findGroups(previous.text).filter((g) => g.category === "militants" && g.count >= 2);
  const last = attackers[attackers.length - 1];
  if (!last) return [];
  return [{ ...last, noun: "attackers", start: 0, end: s.text.indexOf(" ") > 0 ? s.text.indexOf(" ") : 4, subset: false, bare: false, role: "killed" }];
}

// "Three attackers stormed the office … But these insurgents were killed": the attackers a sentence
// just before counts, killed without a number of their own.
const THE_ATTACKERS_KILLED =
  /\b(?:the|these|those)\s+(?:suicide\s+)?(?:attackers|bombers|assailants|gunmen|insurgents|militants|terrorists)\s+(?:were|had been|have been)\s+(?:also\s+)?(?:killed|shot dead|gunned down)\b/i;

export function theAttackersKilled(s: Sentence, sentences: Sentence[]): CasualtyMention[] {
  const m = THE_ATTACKERS_KILLED.exec(s.text);
  if (!m || findGroups(s.text).some((g) => g.category === "militants")) return [];
  for (const previous of [sentences[s.index - 1], sentences[s.index - 2]]) {
    const attackers = previous ? findGroups(previous.text).filter((g) => g.category === "militants" && g.count >= 2 && !g.subset) : [];
    const last = attackers[attackers.length - 1];
    if (last) return [{ ...last, noun: "attackers", start: m.index, end: m.index + m[0].length, subset: false, bare: false, role: "killed" }];
  }
  return [];
}
