import { NextResponse } from "next/server";
import { db } from "@/lib/db.server";
import { apiError } from "@/lib/api/responses";
import { planImportFile } from "@/lib/import/import-file";
import { MAX_IMPORT_BYTES, MAX_IMPORT_REQUEST_BYTES } from "@/lib/import/read-import-file";
import { previewedConflicts, toPreview } from "@/lib/import/preview";
import { explainConflicts } from "@/lib/import/explain-conflicts";
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
  const bytes = new Uint8Array(await file.arrayBuffer());
  const planned = await planImportFile(db, bytes);
  if (!planned.ok) return apiError(422, "unreadable_file", planned.message, { file: [planned.message] });
  const { plan } = planned;
  // Only the uploader may confirm it (upload-store.server.ts); conflicts may be confirmed with an overwrite.
  const token = plan.items.length || plan.counts.conflict ? await saveUpload(bytes, { ownerId: auth.user.id, previewed: previewedConflicts(plan) }) : "";
  return NextResponse.json(await explainConflicts(db, toPreview(plan, token, file.name)));
}
