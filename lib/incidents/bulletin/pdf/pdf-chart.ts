import { formatAxisDate } from "@/lib/dates/format-date";
import { formatNumber } from "@/lib/format/intl";
import type { MonthFigure } from "../../trends/trends-types";
import { monthStart } from "../../trends/months";

/** One measure per month as bars with the month under each and the value over it, drawn at (x, y). */
export function drawPdfBars(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  width: number,
  months: MonthFigure[],
  key: "count" | "killed",
  color: string,
): number {
  const height = 90;
  const max = Math.max(1, ...months.map((m) => m[key]));
  const slot = width / Math.max(1, months.length);
  doc
    .moveTo(x, y + height)
    .lineTo(x + width, y + height)
    .lineWidth(0.5)
    .stroke("#59636e");
  doc.font("Helvetica").fontSize(7);
  months.forEach((m, i) => {
    const h = (m[key] / max) * (height - 12);
    const bx = x + i * slot + slot * 0.15;
    if (h > 0) doc.rect(bx, y + height - h, slot * 0.7, h).fill(color);
    doc.fillColor("#1b1f24").text(formatNumber(m[key]), x + i * slot, y + height - h - 9, { width: slot, align: "center", lineBreak: false });
    doc.text(formatAxisDate(monthStart(m.month), "month"), x + i * slot, y + height + 3, { width: slot, align: "center", lineBreak: false });
  });
  doc.x = x;
  doc.y = y + height + 16;
  return height + 16;
}
