import "server-only";
import { env } from "@/lib/env.server";
import { MAX_IMPORT_BYTES } from "./read-import-file";
import { reserveImportJob } from "./jobs/import-jobs.server";
import { db } from "@/lib/db.server";
import { saveUpload } from "./upload-store";
import type { ImportPreview } from "./preview";

export const NO_FILE = "Choose a file to import";
export const TOO_LARGE = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it and import the parts.`;

export type PreviewUploadResult =
  | { ok: true; preview: ImportPreview }
  | { ok: false; problem: "no_file" | "too_large" | "unreadable"; message: string }
  | { ok: false; problem: "refused"; httpStatus: 429 | 503; message: string; retryAfterSeconds: number };

/**
 * An uploaded file's preview, for POST /api/imports and the import page's action alike: read and
 * checked on a worker thread (decision 009), nothing written; the file is kept for its uploader
 * under the preview's token when there is anything to confirm.
 */
export async function previewUpload(file: unknown, userId: string): Promise<PreviewUploadResult> {
  if (!(file instanceof File)) return { ok: false, problem: "no_file", message: NO_FILE };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: "too_large", message: TOO_LARGE };
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Reserved only now: nothing between the reservation and run() may fail and keep the place.
  const slot = reserveImportJob(userId);
  if (slot.status === "refused")
    return { ok: false, problem: "refused", httpStatus: slot.httpStatus, message: slot.message, retryAfterSeconds: slot.retryAfterSeconds };
  const planned = await slot.run({ kind: "preview", databaseUrl: env.DATABASE_URL, bytes, fileName: file.name });
  if (!planned.ok) return { ok: false, problem: "unreadable", message: planned.message };
  // Only the uploader may confirm it (upload-store.ts); conflicts may be confirmed with an overwrite.
  const token = planned.worthKeeping ? await saveUpload(db, bytes, { ownerId: userId, fileName: file.name, previewed: planned.previewed }) : "";
  return { ok: true, preview: { ...planned.preview, token } };
}
