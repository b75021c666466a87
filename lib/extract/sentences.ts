import type { Sentence } from "./types";

// Words after which a full stop does not end a sentence: titles, ranks, months and initials.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof lt col gen capt maj sgt brig cdr adm gov govt sen rep st no nos vs etc approx " +
    "jan feb mar apr jun jul aug sep sept oct nov dec jr sr co ltd inc dept est fig am pm ie eg us un uk"
  ).split(" "),
);

function endsWithAbbreviation(before: string): boolean {
  const word = /([A-Za-z][A-Za-z.]*)\.$/.exec(before)?.[1];
  if (!word) return false;
  if (/^[A-Za-z]$/.test(word) || /^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // initials: "D.I. Khan"
  return ABBREVIATIONS.has(word.toLowerCase().replace(/\./g, ""));
}

function splitParagraph(text: string, offset: number, paragraph: number, out: Sentence[]): void {
  const boundary = /[.!?]+["'”’)\]]*\s+(?=["“‘'(]?[A-Z0-9])/g;
  let from = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const stop = m.index + m[0].trimEnd().length;
    if (endsWithAbbreviation(text.slice(from, m.index + 1))) continue;
    push(text.slice(from, stop), offset + from, paragraph, out);
    from = m.index + m[0].length;
  }
  push(text.slice(from), offset + from, paragraph, out);
}

function push(raw: string, start: number, paragraph: number, out: Sentence[]): void {
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  out.push({ text, start: start + lead, end: start + lead + text.length, paragraph, index: out.length });
}

/**
 * Splits an article into sentences, each with its [start, end) offsets in the original text. Every
 * line is its own paragraph, so a headline on the first line is a sentence of its own.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (!m[0].trim()) continue;
    splitParagraph(m[0], m.index, paragraph++, out);
  }
  return out;
}
