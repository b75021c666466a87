import { csvRow } from "@/lib/csv/write-csv";
import { neutraliseFormulaCell } from "@/lib/csv/formula-cells";
import { REPORT_CSV_COLUMNS, reportCsvRows } from "@/lib/csv/report-csv-columns";
import type { ExportWriter } from "./formats";

/** GET /api/export/reports.csv's file (columns: lib/csv/report-csv-columns.ts), written a record at a time like the other exports. */
export function reportsCsvWriter({ bom = false } = {}): ExportWriter {
  return {
    contentType: "text/csv; charset=utf-8; header=present",
    head: (bom ? "\uFEFF" : "") + csvRow(REPORT_CSV_COLUMNS),
    item: (r) =>
      reportCsvRows(r)
        .map((row) => csvRow(row.map(neutraliseFormulaCell)))
        .join(""),
    tail: "",
  };
}
