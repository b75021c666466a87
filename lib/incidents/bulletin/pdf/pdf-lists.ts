import { formatDay, formatEventDate } from "@/lib/dates/format-date";
import { formatNumber } from "@/lib/format/intl";
import { CLAIM_KINDS } from "@/lib/taxonomy/claims";
import type { Bulletin } from "../bulletin-types";
import { METHOD_NOTE } from "../method-note";
import { noteText } from "./pdf-notes";
import { pdfSafe } from "./pdf-text";
import { heading, inset, INK, LINK, MARGIN, MUTED, type Doc, type Notes, type PdfView } from "./pdf-layout";

/** The PDF's lists: the deadliest incidents with their sources, the claims, the method and the footnotes. */
export function deadliest(doc: Doc, b: Bulletin, view: PdfView) {
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
      .fillColor(LINK)
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
      if (s.url) doc.fillColor(LINK).text(pdfSafe(s.url), { link: s.url, underline: true });
      doc.fillColor(INK);
    }
    doc.moveDown(0.4);
  });
}

export function claims(doc: Doc, b: Bulletin, view: PdfView) {
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
    doc.fillColor(LINK).text(pdfSafe(`#${c.incident.id} ${c.incident.title}`), { link: `${view.origin}/incidents/${c.incident.id}`, underline: true });
    doc.fillColor(INK).moveDown(0.3);
  }
}

export function method(doc: Doc) {
  heading(doc, "Method");
  for (const p of METHOD_NOTE) {
    doc.font("Helvetica-Bold").fontSize(9.5).text(`${p.title}. `, MARGIN, undefined, { continued: true });
    doc.font("Helvetica").text(pdfSafe(p.text));
    doc.moveDown(0.3);
  }
}

export function footnotes(doc: Doc, notes: Notes, origin: string) {
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
