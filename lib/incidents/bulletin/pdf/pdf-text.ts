/**
 * PDFKit's standard Helvetica (bundled with the package, decision 022) encodes text as WinAnsi: Latin-1
 * and a few typographic marks. Anything else (Urdu, Pashto, Dari) would print as wrong glyphs, so it
 * is shown as "?" and the footnote's Atlas link leads to the record in full.
 */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

export function pdfSafe(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch) ? ch : ch === "\n" ? " " : "?";
  }
  return out;
}
