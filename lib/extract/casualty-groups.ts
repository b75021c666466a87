import type { CasualtyCategory } from "@/lib/taxonomy/casualty-categories";
import { nounAt } from "./casualty-nouns";
import { NUMBER_PATTERN, parseNumber } from "./number-words";

/** A count and who it counts, as written: "at least 10 policemen", "a passerby", "more than 60". */
export type Group = {
  count: number;
  category: CasualtyCategory;
  noun: string;
  start: number;
  end: number;
  /** Part of a count given just before: "including two officers", "two of them". */
  subset: boolean;
  /** "all six terrorists": the whole attacking party, not a later operation's toll. */
  all: boolean;
  /** A number with no noun ("injured more than 60"): counts only next to a casualty verb. */
  bare: boolean;
  /** "nearly 60", "close to 60": an estimate. */
  approximate: boolean;
  /** "over two dozen": a count rounded to dozens, which an exact count of the same dead replaces. */
  rough?: boolean;
};

const QUALIFIERS = "at least|more than|over|nearly|around|about|some|as many as|up to|approximately|almost|all|another";
const APPROXIMATE = /^(?:nearly|around|about|some|approximately|almost|up to|as many as)$/i;
// "at least another 30": a qualifier, then "another", then the count.
// "Both terrorists were killed": two, when a plural noun follows.
const QUANTITY = new RegExp(`\\b(?:(${QUALIFIERS})\\s+)?(?:another\\s+)?(${NUMBER_PATTERN}|their|his|both)\\b`, "gi");
const NOT_PEOPLE =
  /^(?::\d|[\s-]*(?:am|pm|a\.m|p\.m|hours?|minutes?|days?|weeks?|months?|years?|year-old|km|kg|kilo\w*|percent|%|feet|metres?|vehicles?|trucks?|buses|houses?)\b)/i;
const SUBSET_BEFORE = new RegExp(`\\b(?:including|among them|among whom|among|of whom|such as)\\s+(?:(?:${QUALIFIERS})\\s+)?$`, "i");
// "A teenager was among two civilians killed": the count after "was among" is the whole, not a part.
const AMONG_THE_WHOLE = new RegExp(`\\b(?:was|were|is|are)\\s+among\\s+(?:the\\s+)?(?:(?:${QUALIFIERS})\\s+)?$`, "i");
const SUBSET_AFTER = /^\s+of (?:them|whom|the (?:injured|dead|deceased|wounded|victims|martyrs))\b/i;
const STOP_WORD = /^(?:were|was|is|are|had|have|has|and|or|in|on|at|who|which|that|from|to|by|with|when|after|while|as)\b/i;
// "26 injured as a passenger bus…": past the verb, a noun belongs to another phrase, unless it follows at once ("two wounded policemen").
const CASUALTY_VERB = /^(?:killed|injured|wounded|hurt|dead|martyred)$/i;
const SINGLE = /^(?:a|an|one|their|his)$/i;
// "March 26", "the night of March 25/26": days, not people.
// A month's whole name or its abbreviation, not any word that starts like one ("martyred 38").
const IN_A_DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2}\s*\/\s*)?$|\d\s*\/\s*$/i;
// "a terrorist attack", "a militant group": the noun is an adjective here, not a person.
// "2024-10-27", "26-27 May": parts of a date or a range of days, not a count of people.
const PART_OF_A_DATE = /\d[-–/]$/;
const STARTS_A_DATE = /^[-–/]\d/;
const NOUN_AS_ADJECTIVE =
  /^\s+(?:attacks?|assault|group|outfit|hideouts?|commanders?|network|organi[sz]ation|camp|cell|bombing|blast|strikes?|incidents?|activit(?:y|ies)|violence|threats?|wing|faction)\b/i;

// "nine or 10", "between 10 and 12": a range.
const RANGE_BEFORE = new RegExp(`\\b(?:${NUMBER_PATTERN}\\s+(?:or|to)|between\\s+${NUMBER_PATTERN}\\s+and)\\s+$`, "i");
// "Three people, including a police chief and two officers, were killed": the list's later items are parts
// too, also after a comma ("five people including the chief of the committee, and two policemen were killed").
const IN_AN_INCLUDING_LIST = /\bincluding\s+(?:a|an|one|the)\s[^,;.:]*,?\s+and\s+$/i;
const ONE_OF = /^\s+of (?:the|their|its|his)\s+/i;

function oneOfNoun(after: string, offset: number): ReturnType<typeof findNoun> {
  const noun = nounAt(after.slice(offset));
  return noun && !noun.singular ? { offset, ...noun } : null;
}

const OTHER_COUNT = new RegExp(`^\\(?(?:${NUMBER_PATTERN})$`, "i");

// The noun of a count sits within a few words of it: "Eighteen Frontier Corps (FC) soldiers".
function findNoun(after: string, maxWords: number): { offset: number; length: number; category: CasualtyCategory; singular: boolean } | null {
  const word = /\S+/g;
  for (let m = word.exec(after), n = 0; m && n < maxWords; m = word.exec(after), n++) {
    const noun = nounAt(after.slice(m.index));
    if (noun) return { offset: m.index, ...noun };
    if (STOP_WORD.test(m[0]) || /[,;:.!?—]$/.test(m[0])) return null;
    // "22 (not including the six attackers)": a noun past another count is that count's.
    if (n > 0 && OTHER_COUNT.test(m[0])) return null;
    if (CASUALTY_VERB.test(m[0]) && !nounAt(after.slice(m.index + m[0].length).trimStart())) return null;
  }
  return null;
}

// "three Afghans", "four Spaniards": a people's name is a count of people, of unknown side.
function demonym(after: string): { offset: number; length: number; category: CasualtyCategory; singular: boolean } | null {
  const m = /^\s+([A-Z][a-z]{3,}(?:is|ans|ards|ers|s))\b/.exec(after);
  return m ? { offset: m[0].length - m[1]!.length, length: m[1]!.length, category: "unknown", singular: false } : null;
}

/** Every count of people in a sentence, with the noun that says who they were. */
export function findGroups(text: string): Group[] {
  const groups: Group[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const numeral = m[2]!;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const single = SINGLE.test(numeral);
    if (/^(?:their|his)$/i.test(numeral) && !/\band\s+$/i.test(before)) continue;
    if (/^\d/.test(numeral) && (PART_OF_A_DATE.test(before) || STARTS_A_DATE.test(after))) continue;
    if (/^(?:19|20)\d\d$/.test(numeral) || NOT_PEOPLE.test(after) || /\b(?:aged?|age:)\s*$/i.test(before) || IN_A_DATE.test(before)) continue;
    // "one of the assailants": one person of a plural group, counted as one.
    const oneOf = /^one$/i.test(numeral) ? ONE_OF.exec(after) : null;
    const noun = oneOf ? oneOfNoun(after, oneOf[0].length) : (findNoun(after, single ? 3 : 5) ?? (single ? null : demonym(after)));
    if (single && (!noun || !(noun.singular || oneOf) || NOUN_AS_ADJECTIVE.test(after.slice(noun.offset + noun.length)))) continue;
    const both = /^both$/i.test(numeral);
    if (both && (!noun || noun.singular || noun.offset > 5 || NOUN_AS_ADJECTIVE.test(after.slice(noun.offset + noun.length)))) continue;
    const count = single ? 1 : both ? 2 : parseNumber(numeral);
    if (count === null) continue;
    const start = m.index;
    const end = noun ? m.index + m[0].length + noun.offset + noun.length : m.index + m[0].length;
    groups.push({
      count,
      category: noun?.category ?? "unknown",
      noun: noun ? after.slice(noun.offset, noun.offset + noun.length).toLowerCase() : "",
      start,
      end,
      subset: (SUBSET_BEFORE.test(before) && !AMONG_THE_WHOLE.test(before)) || SUBSET_AFTER.test(after) || IN_AN_INCLUDING_LIST.test(before),
      all: m[1]?.toLowerCase() === "all",
      bare: !noun,
      // "nine or 10 people": a range is an estimate.
      approximate: APPROXIMATE.test(m[1] ?? "") || /\bclose to\s*["“]?$/i.test(before) || RANGE_BEFORE.test(before),
      rough: /^(?:a|two|three|four|five|six) dozens?$/i.test(numeral),
    });
  }
  return groups;
}
