import type { Sentence } from "./types";

const NAME_WORD = "(?:[A-Z][\\w'’.-]*|of|the|for|and|al|ul|ur|e|i)";
const NAME = `[A-Z][\\w'’.-]*(?:\\s+${NAME_WORD})*`;
const SPEECH =
  "(?:said|says|told|stated|added|alleged|asserted|accused|blamed|warned|noted|denied|denies|rejected|attributed|revealed|confirmed|described|emphasi[sz]ed|maintained)";
const BEFORE_VERB = new RegExp(`(${NAME})\\s+(?:has\\s+|had\\s+|also\\s+|later\\s+)?${SPEECH}\\b`, "g");
const AFTER_VERB = new RegExp(`\\b(?:said|according to)\\s+((?:the\\s+)?${NAME})`);
const INSTITUTION = /\bthe (?:military|army|statement|military's media (?:wing|affairs wing))\b[^.]{0,15}\b(?:said|added|stated)\b/i;
const LEADING = /^(?:(?:the|The|Meanwhile|However|But|And|In|On|Earlier|Later)\s+|[A-Z][a-z]+['’]s\s+)+/;

const clean = (name: string) =>
  name
    .replace(LEADING, "")
    .replace(/[\s,.:]+$/, "")
    .trim();

/** "Asif" -> "Defence Minister Khawaja Muhammad Asif"; "ISPR" -> "Inter-Services Public Relations (ISPR)". */
export function fullName(short: string, text: string): string {
  if (/\s/.test(short)) return short;
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const acronym = new RegExp(`([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)+)\\s+\\(${escaped}\\)`).exec(text);
  if (acronym) return `${clean(acronym[1]!)} (${short})`;
  const longest = [...text.matchAll(new RegExp(`((?:[A-Z][\\w'’.-]*\\s+){1,6})${escaped}\\b`, "g"))]
    .map((m) => clean(`${m[1]}${short}`))
    .sort((a, b) => b.length - a.length)[0];
  return longest ?? short;
}

/** Who is speaking in a sentence: the named person or body before or after "said", if any. */
export function speakerOf(sentence: Sentence, text: string): string | null {
  const befores = [...sentence.text.matchAll(BEFORE_VERB)].map((m) => clean(m[1]!)).filter((n) => /^[A-Z]/.test(n));
  const name = befores[0] ?? clean(AFTER_VERB.exec(sentence.text)?.[1] ?? "");
  if (name && !/^(?:He|She|They|It|We|I|This|That)$/.test(name)) return fullName(name, text);
  if (INSTITUTION.test(sentence.text) && /\bISPR\b/.test(text)) return fullName("ISPR", text);
  return null;
}

/** The speaker of a sentence, else of the sentence around it in the same paragraph (quotes). */
export function speakerNear(sentences: Sentence[], i: number, text: string): string | null {
  const here = sentences[i]!;
  for (const j of [i, i + 1, i - 1]) {
    const s = sentences[j];
    if (s && s.paragraph === here.paragraph) {
      const who = speakerOf(s, text);
      if (who) return who;
    }
  }
  return null;
}
