import { staticMap } from "@/lib/geo/province-shapes";
import type { ProvinceStat } from "../../overview/aggregates-types";
import type { BulletinIncident } from "../bulletin-types";
import { MAP_SHADES, shadeLegend, shadeStep } from "../map-shades";

/** The bulletin's map in the PDF: the same province paths and shading as the HTML map, the deadliest numbered. */
export function drawPdfMap(doc: PDFKit.PDFDocument, x: number, y: number, width: number, provinces: ProvinceStat[], deadliest: BulletinIncident[]): number {
  const map = staticMap();
  const scale = width / map.width;
  const height = map.height * scale;
  const counts = new Map(provinces.map((p) => [p.iso, p.count]));
  const max = Math.max(0, ...provinces.map((p) => p.count));
  doc.save().translate(x, y).scale(scale);
  for (const shape of map.shapes) {
    if (!shape.d) continue;
    doc
      .path(shape.d)
      .lineWidth(0.8)
      .fillAndStroke(MAP_SHADES[shadeStep(counts.get(shape.iso) ?? 0, max)], "#8a96a3");
  }
  doc.restore();
  // Drawn unscaled, so the dots and their numbers keep their size whatever the map's.
  deadliest.forEach((incident, i) => {
    if (incident.latitude === null || incident.longitude === null) return;
    const [mx, my] = map.project(incident.longitude, incident.latitude);
    const [px, py] = [x + mx * scale, y + my * scale];
    doc.circle(px, py, 6.5).lineWidth(1).fillAndStroke("#1b1f24", "#ffffff");
    doc
      .fillColor("#ffffff")
      .font("Helvetica-Bold")
      .fontSize(8)
      .text(String(i + 1), px - 7, py - 3, { width: 14, align: "center", lineBreak: false });
  });
  // Legend below the map.
  let lx = x;
  const ly = y + height + 6;
  doc.font("Helvetica").fontSize(8);
  for (const { step, label } of shadeLegend(max)) {
    doc.rect(lx, ly, 10, 10).lineWidth(0.5).fillAndStroke(MAP_SHADES[step], "#8a96a3");
    doc.fillColor("#1b1f24").text(label, lx + 13, ly + 1.5, { lineBreak: false });
    lx += 22 + doc.widthOfString(label);
  }
  doc.fillColor("#1b1f24").text("incidents per province; numbered dots: the deadliest incidents below", lx + 6, ly + 1.5, { lineBreak: false });
  doc.x = x;
  doc.y = ly + 18;
  return height + 24;
}
