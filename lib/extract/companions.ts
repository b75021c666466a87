import { findGroups } from "./casualty-groups";
import { NUMBER_PATTERN, parseNumber } from "./number-words";

/**
 * The people who died with one victim, named after the verb: "Name died with his driver and two
 * bodyguards" (3), "the chief was killed along with his son and three guards" (4). Each relative is one
 * person and each count of people its number; a list with anything else in it ("with his family") counts
 * nobody, as does a count of things ("with two rockets").
 */
const RELATIVE =
  "(?:his|her|their)\\s+(?:son|daughter|brother|sister|wife|husband|father|mother|nephew|cousin|uncle|guard|bodyguard|driver|secretary|assistant|colleague|companion)";
const COUNT = `(?:(?:his|her|their)\\s+)?(?:${NUMBER_PATTERN})\\s+(?:other\\s+)?[a-z]+`;
const ITEM = `(?:${RELATIVE}|${COUNT})`;
const SEPARATOR = "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)";
// "with" and "as well as" only right after the victim ("killed in a clash with two militants" is no company);
// "along with" a few words on ("was shot dead on Monday along with his driver").
const WITH = new RegExp(
  `^(?:\\s*,?\\s+(?:with|along with|together with|as well as)|[^.;]{0,40}?\\s(?:along|together) with)\\s+(${ITEM}(?:${SEPARATOR}${ITEM}){0,5})`,
  "i",
);

// "his two sons": kin the noun list does not count as casualties.
const KIN = new RegExp(
  `^(?:(?:his|her|their)\\s+)?(${NUMBER_PATTERN})\\s+(?:other\\s+)?(?:sons|daughters|brothers|sisters|children|relatives|nephews|cousins|grandsons|granddaughters)$`,
  "i",
);

function countItem(item: string): number | null {
  if (new RegExp(`^${RELATIVE}$`, "i").test(item)) return 1;
  const kin = KIN.exec(item);
  if (kin) return parseNumber(kin[1]!);
  const group = findGroups(item.replace(/^(?:his|her|their)\s+/i, "")).find((g) => g.start === 0);
  return group && !group.bare ? group.count : null;
}

/** How many died with the victim, from the words right after the verb; and where the list ends. */
export function companions(rest: string): { count: number; end: number } | null {
  const m = WITH.exec(rest);
  if (!m) return null;
  let count = 0;
  for (const item of m[1]!.split(new RegExp(SEPARATOR, "i"))) {
    const n = countItem(item.trim());
    if (n === null) return null;
    count += n;
  }
  return { count, end: m.index + m[0].length };
}
