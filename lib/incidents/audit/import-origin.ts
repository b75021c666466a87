import { z } from "zod";
import { readJsonColumn } from "@/lib/validation/json-column";
import { LIMITS } from "@/lib/validation/limits";

/** Where an imported version of a record came from: the file, its line, and the row's id in the outside data set. */
export const ImportOriginSchema = z.object({
  file: z.string().max(LIMITS.shortText),
  /** The row's place in the file, as the import preview names it: "line 12", "feature 3". */
  where: z.string().max(LIMITS.shortText),
  externalId: z.string().max(LIMITS.shortText).nullable(),
});
export type ImportOrigin = z.infer<typeof ImportOriginSchema>;

/** An upload's name as it is kept: the last path segment, trimmed to the limit (browsers send only the name; scripts may not). */
export function importFileName(name: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? "";
  return base.slice(0, LIMITS.shortText);
}

export const importOriginToColumn = (origin: ImportOrigin | null): string | null => (origin ? JSON.stringify(origin) : null);

/** The stored column back; anything unreadable reads as no origin rather than breaking History. */
export function readImportOrigin(column: string | null | undefined): ImportOrigin | null {
  return readJsonColumn(ImportOriginSchema, column);
}

/**
 * "from acled-2024.csv, line 12, outside id PAK1234": the words History and the incident page use. A
 * file name hidden from the reader (editors-for-reader.ts) or never recorded is left out.
 */
export function describeImportOrigin(origin: ImportOrigin): string {
  const parts = [origin.file ? `from ${origin.file}` : null, origin.where].filter(Boolean);
  if (origin.externalId) parts.push(`outside id ${origin.externalId}`);
  return parts.join(", ");
}
