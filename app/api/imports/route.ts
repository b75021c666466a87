import { NextResponse } from "next/server";
import { env } from "@/lib/env.server";
import { apiError, retryLater } from "@/lib/api/responses";
import { MAX_IMPORT_BYTES, MAX_IMPORT_REQUEST_BYTES } from "@/lib/import/read-import-file";
import { reserveImportJob } from "@/lib/import/jobs/import-jobs.server";
import { saveUpload } from "@/lib/import/upload-store.server";
import { authorizeApiRequest } from "@/lib/auth/authorize.server";

export const dynamic = "force-dynamic";

const TOO_LARGE = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it and import the parts.`;

/** POST /api/imports (multipart, field "file"): reads and checks the file, writes nothing, returns the preview. */
export async function POST(request: Request) {
  const auth = await authorizeApiRequest(request, "analyst");
  if (!auth.ok) return auth.response;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_REQUEST_BYTES) {
    return apiError(413, "payload_too_large", TOO_LARGE);
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) return apiError(400, "bad_request", "Choose a file to import", { file: ["Choose a file to import"] });
  if (file.size > MAX_IMPORT_BYTES) return apiError(413, "payload_too_large", TOO_LARGE);
  const slot = reserveImportJob(auth.user.id);
  if (slot.status === "refused") return retryLater(slot.httpStatus, slot.message, slot.retryAfterSeconds);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const planned = await slot.run({ kind: "preview", databaseUrl: env.DATABASE_URL, bytes, fileName: file.name });
  if (!planned.ok) return apiError(422, "unreadable_file", planned.message, { file: [planned.message] });
  // Only the uploader may confirm it (upload-store.server.ts); conflicts may be confirmed with an overwrite.
  const token = planned.worthKeeping ? await saveUpload(bytes, { ownerId: auth.user.id, previewed: planned.previewed }) : "";
  return NextResponse.json({ ...planned.preview, token });
}
