import type { Db } from "@/lib/create-db";
import { readImportFile } from "./read-import-file";
import { analyseImport, type ImportPlan } from "./analyse-import";

/** Reads a file and plans its import: the preview of the page and of the command line. */
export async function planImportFile(db: Db, bytes: Uint8Array): Promise<{ ok: true; plan: ImportPlan } | { ok: false; message: string }> {
  const read = readImportFile(bytes);
  if (!read.ok) return read;
  return { ok: true, plan: await analyseImport(db, read.format, read.candidates) };
}
