const UNITS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const unitWords = Object.keys(UNITS)
  .filter((w) => w !== "dozen")
  .join("|");
const tensWords = Object.keys(TENS).join("|");

/** A count as news reports write it: digits ("1,524"), words ("twenty-three") or dozens ("a dozen", "half a dozen", "two dozen"). */
export const NUMBER_PATTERN = `(?:half a dozen|\\d{1,3}(?:,\\d{3})+|\\d+|(?:a|one|two|three|four|five) hundred|(?:${tensWords})(?:[-\\s](?:${unitWords}))?|(?:a|two|three|four|five|six) dozens?|(?:${unitWords}))`;

/** Parses one count written as digits or words; null when the words are not a count. */
export function parseNumber(raw: string): number | null {
  const text = raw.trim().toLowerCase().replace(/\s+/g, " ");
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(text)) return Number(text.replace(/,/g, ""));
  if (text === "half a dozen") return 6;
  const dozens = /^(a|two|three|four|five|six) dozens?$/.exec(text);
  if (dozens) return (UNITS[dozens[1]!] ?? 1) * 12;
  const hundreds = /^(a|one|two|three|four|five) hundred$/.exec(text);
  if (hundreds) return (UNITS[hundreds[1]!] ?? 1) * 100;
  if (Object.hasOwn(UNITS, text) && text !== "dozen") return UNITS[text]!;
  if (Object.hasOwn(TENS, text)) return TENS[text]!;
  const m = /^([a-z]+)[-\s]([a-z]+)$/.exec(text);
  if (m && Object.hasOwn(TENS, m[1]!) && Object.hasOwn(UNITS, m[2]!) && m[2] !== "dozen" && UNITS[m[2]!]! < 10) {
    return TENS[m[1]!]! + UNITS[m[2]!]!;
  }
  return null;
}
