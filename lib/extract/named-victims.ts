import { companions } from "./companions";
import { NUMBER_PATTERN, parseNumber } from "./number-words";
import type { Role } from "./casualty-mentions";

/**
 * Victims counted only by naming them: "SHO Name Name and constable Name Name were injured",
 * "injuring Name Name and Name Name", "Name, his son and four others died" (6). Each name, "his
 * son" and each "N others" is a person or a count; the list is the count.
 */
export type NamedVictims = { count: number; role: Role; start: number; end: number };

const NAME = "[A-Z][\\w'’.-]*";
// A named person: up to two lower-case role words ("policeman", "head constable") and a name of
// one to four capitalised words, two words at least, so "Police and Rangers" is no list of people.
// An article opens a description, not a name: "wounding 14 others, a Taliban official said".
const PERSON = `(?:(?!(?:a|an|the)\\s)[a-z]+\\s+){0,2}${NAME}(?:\\s+${NAME}){0,3}`;
const RELATIVE = "(?:his|her|their)\\s+(?:son|sons|daughter|daughters|brother|brothers|wife|father|nephew|cousin|guard|driver)";
// "four others", "five members": a count within the list.
const COUNT = `(?:${NUMBER_PATTERN})\\s+(?:other\\s+)?[a-z]+`;
const ITEM = `(?:${COUNT}|${RELATIVE}|${PERSON})`;
const SEPARATOR = "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)";
// At most eight items: a bounded list keeps the search linear on a page of repeated names.
const LIST = `${ITEM}(?:${SEPARATOR}${ITEM}){1,7}`;

const PASSIVE = new RegExp(
  // "his colleagues, Name Name and Name Name, suffered gunshot wounds": the appositive list, then the verb.
  `(?:^|[,;:–—]\\s+)(${LIST}),?\\s+(?:were|have been|had been)?\\s*(?:also\\s+)?(?:\\w+\\s+)?(injured|wounded|hurt|killed|martyred|died|lost their lives|suffered (?:\\w+\\s+)?(?:wounds|injuries))\\b`,
  "g",
);
const ACTIVE = new RegExp(`\\b(injuring|wounding|killing|martyring)\\s+(${LIST})`, "g");
// "Name Name died with his driver and two bodyguards": one named victim and those who died with him.
const ONE_WITH_COMPANY = new RegExp(
  `(?:^|[,;:–—]\\s+)(${PERSON})\\s+(?:was\\s+|has been\\s+|had been\\s+)?(?:also\\s+)?(?:killed|martyred|died|shot dead|gunned down)\\b`,
  "g",
);

const ROLE_OF = (verb: string): Role => (/^(?:injur|wound|hurt|suffered)/i.test(verb) ? "injured" : "killed");

function countItems(list: string): number | null {
  const items = list.split(new RegExp(SEPARATOR)).map((i) => i.trim());
  let count = 0;
  for (const item of items) {
    const number = new RegExp(`^(${NUMBER_PATTERN})\\s+[a-z]`).exec(item);
    if (number) count += parseNumber(number[1]!) ?? 0;
    else if (new RegExp(`^${RELATIVE}$`).test(item)) count += 1;
    // A one-word item is a place or a force ("Police and Rangers"), not a person.
    else if (item.split(/\s+/).length >= 2 && /[A-Z]/.test(item)) count += 1;
    else return null;
  }
  return count;
}

const SUBJECT_WITH_COMPANY = new RegExp(`(?:^|[,;:–—]\\s+)(He|She|${PERSON})(?=,?\\s+(?:along|together) with\\b)`, "g");
// "… five other members of the family died".
const COMPANY_VERB =
  /^(?:\s+of (?:the|his|her|their) \w+)?,?\s+(?:were\s+|was\s+|have been\s+|had been\s+)?(?:also\s+)?(?:killed|martyred|died|lost their lives)\b/;

/** Lists of named victims with the verb that makes them dead or wounded. */
export function findNamedVictims(text: string): NamedVictims[] {
  const out: NamedVictims[] = [];
  for (const m of text.matchAll(PASSIVE)) {
    const count = countItems(m[1]!);
    const start = m.index + m[0].indexOf(m[1]!);
    if (count !== null && count >= 2) out.push({ count, role: ROLE_OF(m[2]!), start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ONE_WITH_COMPANY)) {
    const company = countItems(m[1]!) === 1 ? companions(text.slice(m.index + m[0].length)) : null;
    const start = m.index + m[0].indexOf(m[1]!);
    if (company) out.push({ count: 1 + company.count, role: "killed", start, end: m.index + m[0].length + company.end });
  }
  // "He along with his wife and five other members of the family died": the company before the verb.
  for (const m of text.matchAll(SUBJECT_WITH_COMPANY)) {
    if (m[1] !== "He" && m[1] !== "She" && countItems(m[1]!) !== 1) continue;
    const rest = text.slice(m.index + m[0].length);
    const company = companions(rest);
    const verb = company ? COMPANY_VERB.exec(rest.slice(company.end)) : null;
    const start = m.index + m[0].indexOf(m[1]!);
    if (company && verb) out.push({ count: 1 + company.count, role: "killed", start, end: m.index + m[0].length + company.end + verb[0].length });
  }
  for (const m of text.matchAll(ACTIVE)) {
    const count = countItems(m[2]!);
    if (count !== null && count >= 2) out.push({ count, role: ROLE_OF(m[1]!), start: m.index + m[1]!.length + 1, end: m.index + m[0].length });
  }
  return out;
}
