import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import PDFDocument from "pdfkit";
import { formatDay, formatEventDate } from "@/lib/dates/format-date";
import { formatNumber } from "@/lib/format/intl";
import { CLAIM_KINDS } from "@/lib/taxonomy/claims";
import { hrefFor, withFilter } from "../../filter/filter-url";
import { listHref } from "../../trends/trend-links";
import { bulletinHeadlines, type Headline } from "../bulletin-headlines";
import { periodLabel } from "../bulletin-period";
import type { Bulletin } from "../bulletin-types";
import { METHOD_NOTE } from "../method-note";
import { monthlyTotals } from "../monthly-totals";
import { drawPdfBars } from "./pdf-chart";
import { drawPdfMap } from "./pdf-map";
import { createNotes, noteText } from "./pdf-notes";
import { pdfSafe } from "./pdf-text";

/**
 * The bulletin as an A4 PDF, written by PDFKit with its bundled Helvetica: no browser, no network
 * (decision 022). Every number carries a footnote [n] naming the incidents behind it and the Atlas
 * link to all of them; the work is bounded by the bulletin's own limits (bulletin-types.ts).
 */
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

const INK = "#1b1f24";
const MUTED = "#59636e";
const MARGIN = 50;

type Doc = PDFKit.PDFDocument;
type Notes = ReturnType<typeof createNotes>;

/** Options for a paragraph indented by `by` points, every line (PDFKit's `indent` moves the first line only). */
const inset = (doc: Doc, by: number, more: PDFKit.Mixins.TextOptions = {}): PDFKit.Mixins.TextOptions => ({ width: doc.page.width - 2 * MARGIN - by, ...more });

function heading(doc: Doc, text: string, room = 60) {
  if (doc.y + room > doc.page.height - MARGIN) doc.addPage();
  doc.moveDown(0.8).font("Helvetica-Bold").fontSize(13).fillColor(INK).text(pdfSafe(text), MARGIN);
  doc.moveDown(0.3).font("Helvetica").fontSize(10);
}

function headlines(doc: Doc, b: Bulletin, view: PdfView, notes: Notes) {
  const label = periodLabel(b.period);
  const periods = { current: b.figures.current, previous: b.figures.previous, yearEarlier: b.figures.yearEarlier };
  const note = (h: Headline, behind: keyof Bulletin["behind"], count: number, href: string, when: string) =>
    notes.add({ label: behind === "disputed" ? `${h.name}, ${when}` : `Incidents, ${when}`, count, refs: b.behind[behind], href });
  heading(doc, "Headline figures");
  for (const h of bulletinHeadlines(b.figures, view.filterQuery)) {
    const count = h.behind === "disputed" ? b.figures.disputed : b.figures.current.count;
    const n = note(h, h.behind, count, h.href, label);
    doc
      .font("Helvetica-Bold")
      .fontSize(11)
      .text(`${h.name}: ${formatNumber(h.value)} [${n}]`, MARGIN);
    const changes = h.changes.map((c) => {
      const p = periods[c.period];
      const m = note(h, c.period, p.count, c.href, periodLabel(p));
      return `${c.text} (${formatNumber(c.value)} [${m}])`;
    });
    if (changes.length)
      doc
        .font("Helvetica")
        .fontSize(10)
        .fillColor(MUTED)
        .text(pdfSafe(changes.join("; ")), MARGIN + 12, undefined, inset(doc, 12))
        .fillColor(INK);
    doc.moveDown(0.3);
  }
}

/** Beside the map: what each numbered dot is. */
function mapKey(doc: Doc, b: Bulletin, x: number, y: number) {
  const width = doc.page.width - MARGIN - x;
  doc.font("Helvetica-Bold").fontSize(9).fillColor(INK).text("Numbered dots", x, y, { width });
  b.deadliest.forEach((incident, i) => {
    const where = incident.latitude === null ? " (no coordinates)" : "";
    doc
      .font("Helvetica")
      .fontSize(8.5)
      .text(pdfSafe(`${i + 1}. ${incident.title}${where}`), x, undefined, { width });
  });
}

function trendCharts(doc: Doc, b: Bulletin, view: PdfView, notes: Notes) {
  const totals = monthlyTotals(b.trends);
  const range = b.trends.range;
  const n = notes.add({
    label: `Incidents and killed per month, ${periodLabel(range)} (the latest named)`,
    count: totals.reduce((sum, m) => sum + m.count, 0),
    refs: b.behind.trend,
    href: hrefFor("/trends", withFilter(view.filterQuery, range)),
  });
  heading(doc, `Trends: ${periodLabel(range)} [${n}]`, 260);
  const width = doc.page.width - 2 * MARGIN;
  doc.font("Helvetica-Bold").fontSize(10).text("Incidents per month");
  drawPdfBars(doc, MARGIN, doc.y + 4, width, totals, "count", "#0b5cad");
  doc.moveDown(0.5).font("Helvetica-Bold").fontSize(10).text("Killed per month");
  drawPdfBars(doc, MARGIN, doc.y + 4, width, totals, "killed", "#b42318");
}

function deadliest(doc: Doc, b: Bulletin, view: PdfView) {
  heading(doc, `The ${b.deadliest.length === 1 ? "deadliest incident" : `${formatNumber(b.deadliest.length)} deadliest incidents`}`);
  if (b.deadliest.length === 0) doc.text("No incident matches.");
  b.deadliest.forEach((incident, i) => {
    const place = [incident.location, incident.district, incident.province ?? incident.countryName].filter(Boolean).join(", ");
    const killed = incident.killedTotal === null ? "killed not reported" : `${formatNumber(incident.killedTotal)} killed`;
    const injured = incident.injuredTotal === null ? "" : `, ${formatNumber(incident.injuredTotal)} injured`;
    doc
      .font("Helvetica-Bold")
      .fontSize(10.5)
      .text(pdfSafe(`${i + 1}. ${incident.title}`), MARGIN);
    doc
      .font("Helvetica")
      .fontSize(9.5)
      .text(
        pdfSafe(`${formatEventDate(incident.eventDate, incident.datePrecision, incident.endDate)} · ${place} · ${incident.eventType} · ${killed}${injured} · `),
        MARGIN + 12,
        undefined,
        inset(doc, 12, { continued: true }),
      )
      .fillColor("#0b5cad")
      .text(`Atlas #${incident.id}`, { link: `${view.origin}/incidents/${incident.id}`, underline: true })
      .fillColor(INK);
    for (const s of incident.sources) {
      const words = pdfSafe(`${s.outlet}${s.headline ? `: ${s.headline}` : ""}${s.publishedAt ? ` (${formatDay(s.publishedAt)})` : ""}`);
      doc
        .fontSize(9)
        .fillColor(MUTED)
        .text(
          `Source: ${words}${s.url ? " " : ` · ${pdfSafe(s.datasetRecord ?? "")} (dataset record)`}`,
          MARGIN + 24,
          undefined,
          inset(doc, 24, { continued: !!s.url }),
        );
      if (s.url) doc.fillColor("#0b5cad").text(pdfSafe(s.url), { link: s.url, underline: true });
      doc.fillColor(INK);
    }
    doc.moveDown(0.4);
  });
}

function claims(doc: Doc, b: Bulletin, view: PdfView) {
  heading(doc, "New claims and allegations");
  if (b.claims.length === 0) doc.text("No claim, allegation or denial is recorded on the period's incidents.");
  else if (b.claimCount > b.claims.length)
    doc
      .fillColor(MUTED)
      .text(`The latest ${b.claims.length} of ${formatNumber(b.claimCount)}.`)
      .fillColor(INK);
  for (const c of b.claims) {
    const kind = CLAIM_KINDS[c.kind as keyof typeof CLAIM_KINDS];
    const who = `${c.claimantName}${c.claimantRole ? `, ${c.claimantRole}` : ""}${c.madeOn ? `, ${formatDay(c.madeOn)}` : ""}`;
    doc
      .font("Helvetica-Bold")
      .fontSize(10)
      .text(pdfSafe(`${kind?.label ?? c.kind}: ${c.subject}`), MARGIN, undefined, { continued: true });
    doc.font("Helvetica").text(pdfSafe(`, ${kind?.verb ?? "by"} ${who}`));
    doc
      .font("Helvetica-Oblique")
      .fontSize(9.5)
      .text(pdfSafe(`“${c.statement}”`), MARGIN + 12, undefined, inset(doc, 12));
    const source = c.source ? `Source: ${c.source.outlet}${c.source.url ? ` ${c.source.url}` : ""} · ` : "";
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor(MUTED)
      .text(pdfSafe(`${source}About `), MARGIN + 12, undefined, inset(doc, 12, { continued: true }));
    doc.fillColor("#0b5cad").text(pdfSafe(`#${c.incident.id} ${c.incident.title}`), { link: `${view.origin}/incidents/${c.incident.id}`, underline: true });
    doc.fillColor(INK).moveDown(0.3);
  }
}

function method(doc: Doc) {
  heading(doc, "Method");
  for (const p of METHOD_NOTE) {
    doc.font("Helvetica-Bold").fontSize(9.5).text(`${p.title}. `, MARGIN, undefined, { continued: true });
    doc.font("Helvetica").text(pdfSafe(p.text));
    doc.moveDown(0.3);
  }
}

function title(doc: Doc, b: Bulletin, view: PdfView) {
  doc
    .font("Helvetica-Bold")
    .fontSize(20)
    .fillColor(INK)
    .text(pdfSafe(`Incident Atlas bulletin: ${periodLabel(b.period)}`));
  doc
    .font("Helvetica")
    .fontSize(10.5)
    .fillColor(MUTED)
    .text(pdfSafe(view.filterLines.length ? view.filterLines.join(" · ") : "All incidents"));
  const web = `${view.origin}${hrefFor("/bulletin", view.bulletinQuery)}`;
  doc.fontSize(9).text(`Made ${formatDay(new Date().toISOString().slice(0, 10))}. Web version with links: `, { continued: true });
  doc.fillColor("#0b5cad").text(pdfSafe(web), { link: web, underline: true }).fillColor(INK);
}

function mapSection(doc: Doc, b: Bulletin, view: PdfView, notes: Notes) {
  const mapNote = notes.add({
    label: `Incidents, ${periodLabel(b.period)}`,
    count: b.figures.current.count,
    refs: b.behind.current,
    href: listHref(view.filterQuery, b.period),
  });
  heading(doc, `Map: incidents per province [${mapNote}]`, 330);
  const mapTop = doc.y + 2;
  const mapHeight = drawPdfMap(doc, MARGIN, mapTop, 300, b.provinces, b.deadliest);
  mapKey(doc, b, MARGIN + 315, mapTop);
  doc.x = MARGIN;
  doc.y = mapTop + mapHeight;
}

function footnotes(doc: Doc, notes: Notes, origin: string) {
  heading(doc, "Notes: the incidents behind each number");
  notes.all().forEach((note, i) => {
    doc
      .font("Helvetica")
      .fontSize(8.5)
      .fillColor(INK)
      .text(pdfSafe(`[${i + 1}] ${noteText(note, origin)}`), MARGIN);
    doc.moveDown(0.25);
  });
}

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
