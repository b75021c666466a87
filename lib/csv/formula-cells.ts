/**
 * CSV formula injection (OWASP): a spreadsheet runs a text cell that starts with = + - @, a tab or a
 * carriage return as a formula, so `=HYPERLINK(...)` typed into a title would run for every reader of
 * an export. Such cells get a leading single quote, which spreadsheets show as text. A text that
 * already starts with quotes before one of those characters gets one more, so that reading the file
 * back (restoreFormulaCell) can always take exactly one off and give the original text.
 */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;

/** A CSV cell's value as exported: text that a spreadsheet would run gets a leading quote; numbers stay numbers. */
export function neutraliseFormulaCell<T>(value: T): T | string {
  return typeof value === "string" && NEEDS_QUOTE.test(value) ? `'${value}` : value;
}

/** The text an exported cell held before neutraliseFormulaCell. */
export function restoreFormulaCell(text: string): string {
  return QUOTED.test(text) ? text.slice(1) : text;
}
