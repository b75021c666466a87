import { ACLED_COLUMNS, REQUIRED_ACLED_COLUMNS, type AcledRow } from "@/lib/acled/columns";
import { fromAcledRow } from "@/lib/acled/from-acled-row";
import { CSV_COLUMNS } from "@/lib/export/csv-columns";
import { CsvError, parseCsv } from "./csv/parse-csv";
import { fromAtlasCsvRow } from "./atlas-csv-row";
import { candidateDefaults, type Candidate, type ImportFormat } from "./candidate";
import type { ReadResult } from "./read-import-file";

/** Which layout a header is in: Atlas's export (it has atlas_id) or ACLED's; null if neither. */
export function detectCsvLayout(header: string[]): "atlas-csv" | "acled-csv" | null {
  if (header.includes("atlas_id") && header.includes("sources_json")) return "atlas-csv";
  if (REQUIRED_ACLED_COLUMNS.every((c) => header.includes(c))) return "acled-csv";
  return null;
}

export function readCsvFile(text: string): ReadResult {
  let header: string[] | null = null;
  let format: ImportFormat | null = null;
  const candidates: Candidate[] = [];
  try {
    for (const { line, fields } of parseCsv(text)) {
      if (!header) {
        header = fields.map((f) => f.trim().toLowerCase());
        format = detectCsvLayout(header);
        if (!format) return { ok: false, message: wrongColumnsMessage(header) };
        continue;
      }
      const where = `line ${line}`;
      if (fields.length !== header.length) {
        candidates.push({ ...candidateDefaults, line, where, input: null, problems: [`has ${fields.length} fields where the header has ${header.length}`] });
        continue;
      }
      const row: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) row[header[i]!] = fields[i]!;
      if (format === "atlas-csv") {
        const m = fromAtlasCsvRow(row);
        candidates.push({ ...candidateDefaults, line, where, ...m });
      } else {
        const m = fromAcledRow(row as AcledRow);
        candidates.push({ ...candidateDefaults, line, where, ...m, atlasId: null, mergeIntoExisting: true });
      }
    }
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, message: `The file cannot be read as CSV: ${error.message}.` };
    throw error;
  }
  if (!header) return { ok: false, message: "The file is empty." };
  if (candidates.length === 0) return { ok: false, message: "The file has a header but no rows to import." };
  return { ok: true, format: format!, candidates };
}

function wrongColumnsMessage(header: string[]): string {
  const missing = REQUIRED_ACLED_COLUMNS.filter((c) => !header.includes(c));
  const known = new Set<string>(CSV_COLUMNS);
  const shown = header.slice(0, 6).map((h) => `"${h}"`).join(", ");
  const recognised = header.filter((h) => known.has(h)).length;
  return (
    `The columns are not ACLED's or Atlas's: missing ${missing.join(", ")}. ` +
    `The first columns are ${shown || "empty"} (${recognised} of ${header.length} recognised). ` +
    `Expected ACLED's header (${ACLED_COLUMNS.slice(0, 6).join(", ")}, ...) or a CSV exported by Atlas.`
  );
}
