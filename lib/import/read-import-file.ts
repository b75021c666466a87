import type { ReadResult } from "./read-result";
import { readCsvFile } from "./read-csv-file";
import { readJsonFile } from "./read-json-file";
import { stripBom } from "@/lib/csv/parse-csv";

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** An upload's request: the file and its multipart framing. next.config.js lets bodies this large through. */
export const MAX_IMPORT_REQUEST_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

const NOT_TEXT =
  "This file is not text (it looks like a binary file such as a spreadsheet or an archive). " +
  "Save it as CSV (comma, semicolon or tab separated, UTF-8) or upload a GeoJSON or JSON file exported by Atlas.";

/** Reads an uploaded file: CSV in ACLED's or Atlas's layout, or Atlas's GeoJSON or JSON export. */
export function readImportFile(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (bytes.length > MAX_IMPORT_BYTES) {
    return { ok: false, message: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it and import the parts.` };
  }
  if (bytes.subarray(0, 65_536).includes(0)) return { ok: false, message: NOT_TEXT };
  let text: string;
  try {
    text = stripBom(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, message: `${NOT_TEXT} (It is not valid UTF-8.)` };
  }
  if (!text.trim()) return { ok: false, message: "The file is empty." };
  const first = text.trimStart()[0];
  return first === "{" || first === "[" ? readJsonFile(text) : readCsvFile(text);
}
