import { detectDelimiter, type Delimiter } from "./detect-delimiter";

/** A field longer than this means the file is not the CSV it claims to be (or a quote is unbalanced). */
export const MAX_FIELD_LENGTH = 1_000_000;

export type CsvRecord = { line: number; fields: string[] };

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * RFC 4180 records from CSV text, each with the line it starts on. Quoted fields may hold the
 * delimiter, doubled quotes and line breaks; CRLF, LF and CR line ends are accepted; blank lines are
 * skipped. Throws CsvError for an unterminated quote or an oversized field.
 */
export function* parseCsv(input: string, delimiter: Delimiter = detectDelimiter(stripBom(input))): Generator<CsvRecord> {
  const text = stripBom(input);
  const n = text.length;
  const stop = delimiter.charCodeAt(0);
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let value: string;
      if (text[i] === '"') {
        const fieldLine = line;
        let out = "";
        let from = ++i;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) throw new CsvError(`A quoted field starting on line ${fieldLine} is never closed`, fieldLine);
          line += countLineBreaks(text, i, q);
          if (text[q + 1] === '"') {
            out += text.slice(from, q + 1);
            i = from = q + 2;
            continue;
          }
          out += text.slice(from, q);
          i = q + 1;
          break;
        }
        value = out;
        if (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") {
          throw new CsvError(`Line ${line}: unexpected text after a closing quote`, line);
        }
      } else {
        let j = i;
        for (; j < n; j++) {
          const ch = text.charCodeAt(j);
          if (ch === stop || ch === LF || ch === CR) break;
        }
        value = text.slice(i, j);
        i = j;
      }
      if (value.length > MAX_FIELD_LENGTH) {
        throw new CsvError(`Line ${start}: a field is longer than ${MAX_FIELD_LENGTH.toLocaleString("en")} characters`, start);
      }
      fields.push(value);
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      endOfRecord = true;
      if (text[i] === "\r") i++;
      if (text[i] === "\n") i++;
      line++;
    }
    if (!(fields.length === 1 && fields[0] === "")) yield { line: start, fields };
  }
}

const LF = 10;
const CR = 13;

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 10 || (ch === 13 && text.charCodeAt(k + 1) !== 10)) count++;
  }
  return count;
}
