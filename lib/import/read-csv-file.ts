import { ACLED_COLUMNS, REQUIRED_ACLED_COLUMNS, type AcledRow } from "@/lib/acled/columns";
import { fromAcledRow } from "@/lib/acled/from-acled-row";
import { CSV_COLUMNS } from "@/lib/csv/csv-columns";
import { restoreFormulaCell } from "@/lib/csv/formula-cells";
import { CsvError, parseCsv } from "@/lib/csv/parse-csv";
import { fromAtlasCsvRow } from "./atlas-csv-row";
import { candidate, type Candidate, type ImportFormat } from "./candidate";
import { ImportFileError, type ReadResult } from "./read-result";

/** Which layout a header is in: Atlas's export (it has atlas_id) or ACLED's; null if neither. */
export function detectCsvLayout(header: string[]): "atlas-csv" | "acled-csv" | null {
  if (header.includes("atlas_id") && header.includes("sources_json")) return "atlas-csv";
  if (REQUIRED_ACLED_COLUMNS.every((c) => header.includes(c))) return "acled-csv";
  return null;
}

const cannotRead = (error: CsvError) => `The file cannot be read as CSV: ${error.message}.`;

/**
 * Reads the header now (a file in neither layout is refused at once) and the rows as they are
 * consumed, so a large file's rows are mapped, checked and let go one chunk at a time rather than
 * all held at once. A CSV error or a file without rows surfaces as an ImportFileError from the rows.
 */
export function readCsvFile(text: string): ReadResult {
  const records = parseCsv(text);
  let first: IteratorResult<{ line: number; fields: string[] }>;
  try {
    first = records.next();
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, message: cannotRead(error) };
    throw error;
  }
  if (first.done) return { ok: false, message: "The file is empty." };
  const header = first.value.fields.map((f) => f.trim().toLowerCase());
  const format = detectCsvLayout(header);
  if (!format) return { ok: false, message: wrongColumnsMessage(header) };
  return { ok: true, format, candidates: csvCandidates(records, header, format) };
}

function* csvCandidates(records: Generator<{ line: number; fields: string[] }>, header: string[], format: ImportFormat): Generator<Candidate> {
  // Every row object is a copy of one template with the header's keys: filling existing keys keeps
  // V8's fast object layout, where adding 30 keys one by one would make each row a dictionary.
  const template: Record<string, string> = Object.fromEntries(header.map((h) => [h, ""]));
  // Atlas's export quotes text a spreadsheet would run as a formula; its reader takes the quote off.
  const cell = format === "atlas-csv" ? restoreFormulaCell : (f: string) => f;
  let count = 0;
  try {
    for (const { line, fields } of records) {
      count++;
      const where = `line ${line}`;
      if (fields.length !== header.length) {
        yield candidate(line, where, { input: null, problems: [`has ${fields.length} fields where the header has ${header.length}`] });
        continue;
      }
      const row = { ...template };
      for (let i = 0; i < header.length; i++) row[header[i]!] = cell(fields[i]!);
      if (format === "atlas-csv") {
        const m = fromAtlasCsvRow(row);
        yield candidate(line, where, {
          atlasId: m.atlasId,
          externalId: m.externalId,
          keeping: m.keeping,
          input: m.input,
          problems: m.problems,
          links: m.links,
        });
      } else {
        const m = fromAcledRow(row as AcledRow);
        yield candidate(line, where, { externalId: m.externalId, input: m.input, problems: m.problems, notes: m.notes, mergeIntoExisting: true });
      }
    }
  } catch (error) {
    if (error instanceof CsvError) throw new ImportFileError(cannotRead(error));
    throw error;
  }
  if (count === 0) throw new ImportFileError("The file has a header but no rows to import.");
}

function wrongColumnsMessage(header: string[]): string {
  const missing = REQUIRED_ACLED_COLUMNS.filter((c) => !header.includes(c));
  const known = new Set<string>(CSV_COLUMNS);
  const shown = header
    .slice(0, 6)
    .map((h) => `"${h}"`)
    .join(", ");
  const recognised = header.filter((h) => known.has(h)).length;
  return (
    `The columns are not ACLED's or Atlas's: missing ${missing.join(", ")}. ` +
    `The first columns are ${shown || "empty"} (${recognised} of ${header.length} recognised). ` +
    `Expected ACLED's header (${ACLED_COLUMNS.slice(0, 6).join(", ")}, ...) or a CSV exported by Atlas.`
  );
}
