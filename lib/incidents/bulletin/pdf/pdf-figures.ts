import { formatDay } from "@/lib/dates/format-date";
import { formatNumber } from "@/lib/format/intl";
import { hrefFor, withFilter } from "../../filter/filter-url";
import { listHref } from "../../trends/trend-links";
import { bulletinHeadlines, type Headline } from "../bulletin-headlines";
import { periodLabel } from "../bulletin-period";
import type { Bulletin } from "../bulletin-types";
import { monthlyTotals } from "../monthly-totals";
import { drawPdfBars } from "./pdf-chart";
import { drawPdfMap } from "./pdf-map";
import { pdfSafe } from "./pdf-text";
import { heading, inset, INK, LINK, MARGIN, MUTED, type Doc, type Notes, type PdfView } from "./pdf-layout";

/** The PDF's first sections: the title, the headline figures, the map and the trend charts, their numbers footnoted. */
export function title(doc: Doc, b: Bulletin, view: PdfView) {
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
  doc.fillColor(LINK).text(pdfSafe(web), { link: web, underline: true }).fillColor(INK);
}

export function headlines(doc: Doc, b: Bulletin, view: PdfView, notes: Notes) {
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

export function mapSection(doc: Doc, b: Bulletin, view: PdfView, notes: Notes) {
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

export function trendCharts(doc: Doc, b: Bulletin, view: PdfView, notes: Notes) {
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
  drawPdfBars(doc, MARGIN, doc.y + 4, width, totals, "count", LINK);
  doc.moveDown(0.5).font("Helvetica-Bold").fontSize(10).text("Killed per month");
  drawPdfBars(doc, MARGIN, doc.y + 4, width, totals, "killed", "#b42318");
}
