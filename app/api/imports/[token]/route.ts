import { NextResponse } from "next/server";
import { revalidatePath } from "next/cache";
import { env } from "@/lib/env.server";
import { apiError, retryLater } from "@/lib/api/responses";
import { reserveImportJob } from "@/lib/import/jobs/import-jobs.server";
import { ImportConfirmSchema, type ImportProgress } from "@/lib/import/preview";
import { db } from "@/lib/db.server";
import { readUpload, removeUpload } from "@/lib/import/upload-store";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { authorizeApiRequest } from "@/lib/auth/authorize.server";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

const NO_UPLOAD = "This upload has expired or was already imported. Upload the file again.";

/** The confirmation's body: optional ({} when empty), ImportConfirmSchema. */
async function readConfirmation(request: Request) {
  const text = await request.text().catch(() => "");
  let body: unknown = {};
  try {
    body = text.trim() ? JSON.parse(text) : {};
  } catch {
    return { ok: false as const, response: apiError(400, "bad_request", "The request body is not valid JSON") };
  }
  const parsed = ImportConfirmSchema.safeParse(body);
  if (!parsed.success) return { ok: false as const, response: apiError(400, "bad_request", "The confirmation is not valid", toFieldErrors(parsed.error)) };
  return { ok: true as const, overwrite: parsed.data.overwrite };
}

/**
 * POST /api/imports/:token confirms a previewed upload, for its uploader only (anyone else gets 404,
 * as for an unknown token). The file is checked again against the database as it is now, then written
 * in one transaction; rows whose record was saved after the export are written only if the body says
 * to overwrite them. The response is NDJSON: progress lines (checking, writing, finishing), then one
 * "done" or "error" line.
 */
export async function POST(request: Request, { params }: Context) {
  const auth = await authorizeApiRequest(request, "import:run");
  if (!auth.ok) return auth.response;
  const { token } = await params;
  const confirmation = await readConfirmation(request);
  if (!confirmation.ok) return confirmation.response;
  const upload = await readUpload(db, token, auth.user.id);
  if (!upload) return apiError(404, "not_found", NO_UPLOAD);
  const { overwrite } = confirmation;
  const slot = reserveImportJob(auth.user.id);
  if (slot.status === "refused") return retryLater(slot.httpStatus, slot.message, slot.retryAfterSeconds);
  const choice = { overwrite: Array.isArray(overwrite) ? new Set(overwrite) : overwrite, previewed: upload.previewed };
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ImportProgress) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        // Checked and written on a worker thread: this one only relays its progress.
        const outcome = await slot.run(
          {
            kind: "confirm",
            databaseUrl: env.DATABASE_URL,
            bytes: upload.bytes,
            fileName: upload.fileName,
            choice,
            userId: auth.user.id,
            upload: { token, ownerId: auth.user.id },
          },
          send,
        );
        if (!outcome.ok) throw new Error(outcome.message);
        const { summary } = outcome;
        revalidatePath("/", "layout");
        send({
          type: "done",
          created: summary.created,
          updated: summary.updated,
          rejected: summary.rejected,
          conflicts: summary.conflicts,
          links: summary.links,
        });
      } catch (error) {
        console.error("Import failed", { token, error });
        send({ type: "error", message: `Nothing was imported: ${(error as Error).message}` });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}

/** DELETE /api/imports/:token discards a previewed upload, for its uploader only. */
export async function DELETE(request: Request, { params }: Context) {
  const auth = await authorizeApiRequest(request, "import:run");
  if (!auth.ok) return auth.response;
  const { token } = await params;
  if (!(await removeUpload(db, token, auth.user.id))) return apiError(404, "not_found", NO_UPLOAD);
  return new NextResponse(null, { status: 204 });
}
