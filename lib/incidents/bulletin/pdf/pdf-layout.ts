import type { createNotes } from "./pdf-notes";
import { pdfSafe } from "./pdf-text";

/** What the PDF's sections share: the page's margin, its inks, headings and indented paragraphs. */
export type PdfView = {
  /** The Atlas's address, for the links in the footnotes. */
  origin: string;
  /** The filter in canonical form without the period (the links add the dates). */
  filterQuery: string;
  /** The bulletin's own query, for the link to its web version. */
  bulletinQuery: string;
  /** The filter in words, one line a value ("Province: Khyber Pakhtunkhwa"). */
  filterLines: string[];
};

export const INK = "#1b1f24";
export const MUTED = "#59636e";
export const LINK = "#0b5cad";
export const MARGIN = 50;

export type Doc = PDFKit.PDFDocument;
export type Notes = ReturnType<typeof createNotes>;

/** Options for a paragraph indented by `by` points, every line (PDFKit's `indent` moves the first line only). */
export const inset = (doc: Doc, by: number, more: PDFKit.Mixins.TextOptions = {}): PDFKit.Mixins.TextOptions => ({
  width: doc.page.width - 2 * MARGIN - by,
  ...more,
});

/** A section's heading, on a new page when less than `room` points are left. */
export function heading(doc: Doc, text: string, room = 60) {
  if (doc.y + room > doc.page.height - MARGIN) doc.addPage();
  doc.moveDown(0.8).font("Helvetica-Bold").fontSize(13).fillColor(INK).text(pdfSafe(text), MARGIN);
  doc.moveDown(0.3).font("Helvetica").fontSize(10);
}
