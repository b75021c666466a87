import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import PDFDocument from "pdfkit";
import { periodLabel } from "../bulletin-period";
import type { Bulletin } from "../bulletin-types";
import { headlines, mapSection, title, trendCharts } from "./pdf-figures";
import { MARGIN, type PdfView } from "./pdf-layout";
import { claims, deadliest, footnotes, method } from "./pdf-lists";
import { createNotes } from "./pdf-notes";

export type { PdfView };

/**
 * The bulletin as an A4 PDF, written by PDFKit with its bundled Helvetica: no browser, no network
 * (decision 022). Every number carries a footnote [n] naming the incidents behind it and the Atlas
 * link to all of them; the work is bounded by the bulletin's own limits (bulletin-types.ts).
 */
/**
 * The PDF's bytes. PDFKit works synchronously: each section starts on a new turn of the event loop,
 * so other requests are served between them (as exports do between pages, decision 009); `onSection`
 * lets the bench time the longest of them.
 */
export async function bulletinPdf(b: Bulletin, view: PdfView, onSection: (name: string, ms: number) => void = () => {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: `Incident Atlas bulletin: ${periodLabel(b.period)}`, Creator: "Incident Atlas" } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const notes = createNotes();
  const sections: [string, () => void][] = [
    ["title", () => title(doc, b, view)],
    ["headlines", () => headlines(doc, b, view, notes)],
    ["map", () => mapSection(doc, b, view, notes)],
    ["trends", () => trendCharts(doc, b, view, notes)],
    ["deadliest", () => deadliest(doc, b, view)],
    ["claims", () => claims(doc, b, view)],
    ["method", () => method(doc)],
    ["notes", () => footnotes(doc, notes, view.origin)],
    ["end", () => doc.end()],
  ];
  for (const [name, write] of sections) {
    await nextTurn();
    const start = performance.now();
    write();
    onSection(name, performance.now() - start);
  }
  return done;
}
