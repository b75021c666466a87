import type { Db } from "@/lib/create-db";
import { readImportFile } from "./read-import-file";
import { ImportFileError } from "./read-result";
import { analyseImport, type ImportPlan, type ImportStatuses } from "./analyse-import";
import { KEEP_NEWER, type ConflictChoice } from "./version-conflict";

/**
 * Reads a file and plans its import: the preview of the page and of the command line, and the plan
 * of a confirmation with the analyst's choice for conflicting rows.
 */
export async function planImportFile(
  db: Db,
  bytes: Uint8Array,
  choice: ConflictChoice = KEEP_NEWER,
  statuses: ImportStatuses = "drafts",
): Promise<{ ok: true; plan: ImportPlan } | { ok: false; message: string }> {
  const read = readImportFile(bytes);
  if (!read.ok) return read;
  try {
    return { ok: true, plan: await analyseImport(db, read.format, read.candidates, choice, statuses) };
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, message: error.message };
    throw error;
  }
}
