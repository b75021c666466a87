import type { IncidentRecord } from "@/lib/incidents/record/record";
import { csvRow } from "@/lib/csv/write-csv";
import { CSV_COLUMNS, incidentCsvValues, type ExportRecord } from "@/lib/csv/csv-columns";
import { neutraliseFormulaCell } from "@/lib/csv/formula-cells";
import { CASUALTY_FIELDS } from "@/lib/incidents/fields/casualty-fields";

export const EXPORT_FORMATS = ["csv", "geojson", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How a format writes its start, each record, and its end: pieces a stream can send one at a time. */
export type ExportWriter = { contentType: string; head: string; item: (r: ExportRecord, index: number) => string; tail: string };

/** "killed.securityForces" -> "killed_security_forces". */
const snakeCase = (path: string) => path.replace(/\./g, "_").replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The casualty counts again as plain properties (killed_total, injured_civilians...): GIS tools style
 * and filter by top-level properties, and QGIS cannot reach into the nested `killed` object without
 * an expression. Atlas's GeoJSON import reads the nested objects and ignores these.
 */
export function flatCasualties(r: IncidentRecord): Record<string, number | null> {
  return Object.fromEntries(
    CASUALTY_FIELDS.map((f) => {
      const [group, part] = f.path.split(".") as ["killed" | "injured", string];
      return [snakeCase(f.path), (r[group] as Record<string, number | null>)[part] ?? null];
    }),
  );
}

/** An RFC 7946 Feature: a Point at [longitude, latitude], or no geometry when the place has no coordinates. */
export function incidentFeature(r: IncidentRecord) {
  const { latitude, longitude, ...record } = r;
  return {
    type: "Feature" as const,
    id: r.id,
    geometry: latitude !== null && longitude !== null ? { type: "Point" as const, coordinates: [longitude, latitude] } : null,
    properties: { ...record, ...flatCasualties(r), source_count: r.sourceCount, figures_disputed: r.figuresDisputed },
  };
}

export function exportWriter(format: ExportFormat, { bom = false } = {}): ExportWriter {
  switch (format) {
    case "csv":
      return {
        contentType: "text/csv; charset=utf-8; header=present",
        head: (bom ? "\uFEFF" : "") + csvRow(CSV_COLUMNS),
        item: (r) => csvRow(incidentCsvValues(r).map(neutraliseFormulaCell)),
        tail: "",
      };
    case "geojson":
      return {
        contentType: "application/geo+json; charset=utf-8",
        head: '{"type":"FeatureCollection","features":[\n',
        item: (r, i) => (i ? ",\n" : "") + JSON.stringify(incidentFeature(r)),
        tail: "\n]}\n",
      };
    case "json":
      return {
        contentType: "application/json; charset=utf-8",
        head: '{"items":[\n',
        item: (r, i) => (i ? ",\n" : "") + JSON.stringify(r),
        tail: "\n]}\n",
      };
  }
}
