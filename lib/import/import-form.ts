import { z } from "zod";
import { MAX_RECORD_ID } from "@/lib/validation/id-param";
import type { ImportPreview } from "./preview";
import { PREVIEW_LIMITS } from "./preview-limits";

/** The summary of a confirmed import, as the page shows it. */
export type ImportDone = { created: number; updated: number; rejected: number; conflicts: number; links: number };

/**
 * What the import page's actions hand back (used when the page posts without JavaScript; with it
 * the page talks to /api/imports): the upload's problem, its preview, or the confirmation's outcome.
 */
export type ImportFormState =
  | { status: "idle" }
  | { status: "error"; message: string }
  | { status: "preview"; preview: ImportPreview }
  | { status: "done"; summary: ImportDone }
  | { status: "failed"; message: string };

/** The confirm form's field names: the upload's token, "Overwrite all", and each conflict's incident id. */
export const CONFIRM_FIELDS = { token: "token", overwriteAll: "overwriteAll", overwrite: "overwrite" } as const;

/** The confirm form as posted: which conflicting rows to write over newer edits, as ImportConfirmSchema says it. */
export const ImportConfirmFormSchema = z
  .object({
    token: z.string().max(100),
    overwriteAll: z.literal("all").nullable(),
    overwrite: z.array(z.coerce.number().int().positive().max(MAX_RECORD_ID)).max(PREVIEW_LIMITS.conflict),
  })
  .transform(({ token, overwriteAll, overwrite }) => ({ token, overwrite: overwriteAll ? ("all" as const) : overwrite }));

export const confirmFormInput = (formData: FormData) => ({
  token: formData.get(CONFIRM_FIELDS.token),
  overwriteAll: formData.get(CONFIRM_FIELDS.overwriteAll),
  overwrite: formData.getAll(CONFIRM_FIELDS.overwrite),
});
