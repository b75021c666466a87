import type { Db } from "@/lib/create-db";
import { ImportFileError, readImportFile } from "./read-import-file";
import { analyseImport, type ImportPlan } from "./analyse-import";

/** Reads a file and plans its import: the preview of the page and of the command line. */
export async function planImportFile(db: Db, bytes: Uint8Array): Promise<{ ok: true; plan: ImportPlan } | { ok: false; message: string }> {
  const read = readImportFile(bytes);
  if (!read.ok) return read;
  try {
    return { ok: true, plan: await analyseImport(db, read.format, read.candidates) };
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, message: error.message };
    throw error;
  }
}
