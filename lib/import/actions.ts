"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { env } from "@/lib/env.server";
import { authorizeAction } from "@/lib/auth/authorize.server";
import { reserveImportJob } from "@/lib/import/jobs/import-jobs.server";
import { previewUpload } from "@/lib/import/preview-upload.server";
import { db } from "@/lib/db.server";
import { readUpload, removeUpload } from "@/lib/import/upload-store";
import { CONFIRM_FIELDS, ImportConfirmFormSchema, confirmFormInput, type ImportFormState } from "@/lib/import/import-form";

const NO_UPLOAD = "This upload has expired or was already imported. Upload the file again.";

/** The upload form posted without JavaScript: the file's preview, as POST /api/imports makes it. Nothing is written. */
export async function previewImportAction(_prev: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const allowed = await authorizeAction("import:run");
  if (!allowed.ok) return { status: "error", message: allowed.denial.message };
  const file = formData.get("file");
  // A browser posts an empty, nameless file when none was chosen.
  if (file instanceof File && file.size === 0) return { status: "error", message: file.name ? "The file is empty." : "Choose a file to import." };
  const result = await previewUpload(file, allowed.user.id);
  return result.ok ? { status: "preview", preview: result.preview } : { status: "error", message: result.message };
}

/**
 * The preview's confirm form posted without JavaScript: checks the file again and writes it in one
 * transaction, as POST /api/imports/:token does, but answers once it is done instead of streaming progress.
 */
export async function confirmImportAction(_prev: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const allowed = await authorizeAction("import:run");
  if (!allowed.ok) return { status: "error", message: allowed.denial.message };
  const parsed = ImportConfirmFormSchema.safeParse(confirmFormInput(formData));
  if (!parsed.success) return { status: "failed", message: "The confirmation could not be read. Nothing was imported: upload the file again." };
  const { token, overwrite } = parsed.data;
  const upload = await readUpload(db, token, allowed.user.id);
  if (!upload) return { status: "failed", message: NO_UPLOAD };
  const slot = reserveImportJob(allowed.user.id);
  if (slot.status === "refused") return { status: "failed", message: `Nothing was imported: ${slot.message}` };
  const choice = { overwrite: overwrite === "all" ? overwrite : new Set(overwrite), previewed: upload.previewed };
  try {
    const outcome = await slot.run({
      kind: "confirm",
      databaseUrl: env.DATABASE_URL,
      bytes: upload.bytes,
      fileName: upload.fileName,
      choice,
      userId: allowed.user.id,
      upload: { token, ownerId: allowed.user.id },
    });
    if (!outcome.ok) throw new Error(outcome.message);
    revalidatePath("/", "layout");
    const { created, updated, rejected, conflicts, links } = outcome.summary;
    return { status: "done", summary: { created, updated, rejected, conflicts, links } };
  } catch (error) {
    console.error("Import failed", { token, error });
    return { status: "failed", message: `Nothing was imported: ${(error as Error).message}` };
  }
}

/** The preview's Cancel posted without JavaScript: discards the upload and shows the empty form again. */
export async function discardImportAction(_prev: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const allowed = await authorizeAction("import:run");
  if (!allowed.ok) return { status: "error", message: allowed.denial.message };
  const token = formData.get(CONFIRM_FIELDS.token);
  // Already gone (expired, imported or discarded in another tab) is as good as discarded.
  if (typeof token === "string" && token) await removeUpload(db, token, allowed.user.id);
  redirect("/import");
}
