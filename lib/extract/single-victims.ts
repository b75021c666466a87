import { findGroups } from "./casualty-groups";
import { companions } from "./companions";

/**
 * Killings of one named or described person, with no number: "gunmen shot dead a trader", "a
 * district police chief was killed along with another person". Reports of targeted killings often
 * give no count at all, so the article ("a", "the") is the count.
 */
export type SingleVictim = { count: number; start: number; end: number };

// People a report names by role.
const PERSON =
  "man|woman|boy|girl|child|trader|shopkeeper|vendor|member|chief|commander|leader|elder|cleric|scholar|imam|judge|lawyer|doctor|" +
  "journalist|reporter|activist|politician|lawmaker|legislator|councillor|councilor|governor|mayor|official|officer|policeman|" +
  "soldier|guard|driver|worker|student|teacher|engineer|employee|headman|tribesman|resident|businessman|contractor|candidate|" +
  // Ranks the Pakistani press names a single dead man by, and its singular "a Levies personnel".
  "constable|sepoy|naik|havildar|subedar|risaldar|dafedar|inspector|captain|major|colonel|lieutenant|jawan|personnel";
const KILLING_VERB =
  "killing|killed|kills|kill|shot dead|shooting dead|gunned down|gunning down|assassinated|assassinating|murdered|murdering|beheaded|beheading|stabbed to death|" +
  // "troops martyred a woman", "resulted in the martyrdom of an officer".
  "martyred|martyring|(?:resulted|resulting) in the (?:martyrdom|death|killing) of";
const PASSIVE_KILLING = "killed|shot dead|gunned down|martyred|assassinated|murdered|beheaded|stabbed to death";

const MODIFIERS = "(?:[\\w'’-]+\\s+){0,3}?";
// "shot dead the engineer's guard": a possessive is not the person killed.
const ACTIVE = new RegExp(`\\b(?:${KILLING_VERB})\\s+(?:a|an|the)\\s+${MODIFIERS}(?:${PERSON})\\b(?!['’]s\\b)`, "gi");
// "Name, the police chief for Sar district in Paktika, was killed": what the person is chief of,
// up to the verb, with no one speaking in between.
const WHOSE = "(?:\\s+(?:of|from|for|in)\\s+(?:(?!\\b(?:said|says|told|and|who)\\b)[^,.;]){1,50}?)?,?";
// "Faizabad (BNA) A police commander was killed", "KABUL (Reuters) - A guard …": a dateline opens the sentence.
const DATELINE = "^[A-Z][\\w.'’-]*(?:[\\s,]+[A-Z][\\w.'’-]*){0,2}\\s*\\([A-Za-z.]+\\)\\s*(?:[-–—:]\\s*)?";
const PASSIVE = new RegExp(
  `(?:^|${DATELINE}|[,;:–—]\\s+)(?:a|an|the)\\s+${MODIFIERS}(?:${PERSON})\\b${WHOSE}\\s+(?:was|has been|had been)\\s+(?:\\w+\\s+)?(?:${PASSIVE_KILLING})\\b`,
  "gi",
);
// "Commander Tor Jan has died in a car explosion": a named person dead in the attack (a name ends in a
// capital word, not in "people").
const NAMED_DIED =
  /\b[A-Z][a-z]{2,}\s+(?:has\s+|had\s+)?died\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:explosion|blast|attack|bombing|ambush|shooting|firing)\b/g;
// "clashes erupted …, leaving at least one dead and 15 others injured".
const ONE_DEAD = /\b(?:left|leaving)\s+(?:at least\s+)?one\s+(?:person\s+)?dead\b/gi;
// "…was killed along with another person", "…and another man".
const ANOTHER = /^[^.;]{0,40}?\b(?:along with|and|with)\s+another\s+(?:person|man|woman|colleague|companion|guard|policeman|soldier|civilian)\b/i;
const AND_MORE = /^\s+and\s+/i;

/** One killing of one person (or two, with "along with another person"), when no count is written. */
export function findSingleVictims(text: string): SingleVictim[] {
  const out: SingleVictim[] = [];
  for (const re of [ACTIVE, PASSIVE, ONE_DEAD, NAMED_DIED]) {
    for (const m of text.matchAll(re)) {
      const start = m.index + (m[0].length - m[0].trimStart().replace(/^[,;:–—]\s*/, "").length);
      let end = m.index + m[0].length;
      let count = 1;
      const rest = text.slice(end);
      const company = companions(rest);
      if (ANOTHER.test(rest)) count += 1;
      else if (company && re !== ONE_DEAD && re !== NAMED_DIED) {
        // "the chief was killed along with his son and three guards".
        count += company.count;
        end += company.end;
      } else if (re === ACTIVE && AND_MORE.test(rest)) {
        // "killing the police chief and two of his men": the list goes on with a count.
        const and = AND_MORE.exec(rest)![0].length;
        const next = findGroups(rest.slice(and, and + 60)).find((g) => g.start === 0);
        if (next && (next.noun || /^\w+\s+of\s+(?:his|her|their)\s+\w+/i.test(rest.slice(and)))) {
          count += next.count;
          end += and + next.end;
        }
      }
      if (!out.some((o) => start < o.end && o.start < end)) out.push({ count, start, end });
    }
  }
  return out;
}

const WOUNDING_VERB = "injuring|wounding|injured|wounded";
const ACTIVE_WOUNDED = new RegExp(`\\b(?:${WOUNDING_VERB})\\s+(?:a|an|the)\\s+${MODIFIERS}(?:${PERSON})\\b(?!\\s+and\\s)`, "gi");
const PASSIVE_WOUNDED = new RegExp(
  `(?:^|${DATELINE}|[,;:–—]\\s+)(?:a|an|the)\\s+${MODIFIERS}(?:${PERSON})\\b${WHOSE}\\s+(?:was|has been|had been)\\s+(?:\\w+\\s+)?(?:injured|wounded)\\b`,
  "gi",
);

/**
 * One wounded person with no number: "killing four officials and injuring the driver", "a guard
 * was critically wounded". Used only when the sentence gives no count of the wounded.
 */
export function findSingleWounded(text: string): SingleVictim[] {
  const out: SingleVictim[] = [];
  for (const re of [ACTIVE_WOUNDED, PASSIVE_WOUNDED])
    for (const m of text.matchAll(re)) {
      const start = m.index + (m[0].length - m[0].trimStart().replace(/^[,;:–—]\s*/, "").length);
      const end = m.index + m[0].length;
      if (!out.some((o) => start < o.end && o.start < end)) out.push({ count: 1, start, end });
    }
  return out;
}
