import { NextResponse } from "next/server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db.server";
import { env } from "@/lib/env.server";
import { apiError } from "@/lib/api/responses";
import { planImportFile } from "@/lib/import/import-file";
import { applyImport } from "@/lib/import/apply-import";
import type { ImportPhase, ImportProgress } from "@/lib/import/preview";
import { isUploadToken, readUpload, removeUpload } from "@/lib/import/upload-store.server";
import { authorizeApiRequest } from "@/lib/auth/authorize.server";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

/**
 * POST /api/imports/:token confirms a previewed upload. The file is checked again against the
 * database as it is now, then written in one transaction. The response is NDJSON: progress lines
 * (checking, writing, finishing), then one "done" or "error" line.
 */
export async function POST(request: Request, { params }: Context) {
  const auth = await authorizeApiRequest(request, "analyst");
  if (!auth.ok) return auth.response;
  const { token } = await params;
  const bytes = await readUpload(token);
  if (!bytes) return apiError(404, "not_found", "This upload has expired or was already imported. Upload the file again.");
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ImportProgress) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      // A progress line is flushed before the synchronous work that follows it.
      const report = async (line: ImportProgress) => {
        send(line);
        await new Promise((resolve) => setImmediate(resolve));
      };
      try {
        await report({ type: "progress", phase: "checking", done: 0, total: 0 });
        const planned = await planImportFile(db, bytes);
        if (!planned.ok) throw new Error(planned.message);
        const total = planned.plan.items.length;
        let phase: ImportPhase = "writing";
        const summary = await applyImport(env.DATABASE_URL, planned.plan, {
          userId: auth.user.id,
          onProgress: (done) => report({ type: "progress", phase, done, total }),
          onStep: async (step) => {
            if (step === "rows") return report({ type: "progress", phase, done: 0, total });
            // A large import then rebuilds its indexes and commits: seconds at 100,000 rows.
            if (phase === "finishing") return;
            phase = "finishing";
            await report({ type: "progress", phase, done: total, total });
          },
        });
        await removeUpload(token);
        revalidatePath("/", "layout");
        send({ type: "done", created: summary.created, updated: summary.updated, rejected: summary.rejected });
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

/** DELETE /api/imports/:token discards a previewed upload. */
export async function DELETE(request: Request, { params }: Context) {
  const auth = await authorizeApiRequest(request, "analyst");
  if (!auth.ok) return auth.response;
  const { token } = await params;
  if (!isUploadToken(token)) return apiError(400, "bad_request", "Not an upload token");
  await removeUpload(token);
  return new NextResponse(null, { status: 204 });
}
