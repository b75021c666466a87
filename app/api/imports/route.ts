import { NextResponse } from "next/server";
import { apiError, retryLater } from "@/lib/api/responses";
import { MAX_IMPORT_REQUEST_BYTES } from "@/lib/import/read-import-file";
import { previewUpload, TOO_LARGE } from "@/lib/import/preview-upload.server";
import { authorizeApiRequest } from "@/lib/auth/authorize.server";

export const dynamic = "force-dynamic";

/** POST /api/imports (multipart, field "file"): reads and checks the file, writes nothing, returns the preview. */
export async function POST(request: Request) {
  const auth = await authorizeApiRequest(request, "import:run");
  if (!auth.ok) return auth.response;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_REQUEST_BYTES) {
    return apiError(413, "payload_too_large", TOO_LARGE);
  }
  const form = await request.formData().catch(() => null);
  const result = await previewUpload(form?.get("file"), auth.user.id);
  if (result.ok) return NextResponse.json(result.preview);
  switch (result.problem) {
    case "no_file":
      return apiError(400, "bad_request", result.message, { file: [result.message] });
    case "too_large":
      return apiError(413, "payload_too_large", result.message);
    case "refused":
      return retryLater(result.httpStatus, result.message, result.retryAfterSeconds);
    case "unreadable":
      return apiError(422, "unreadable_file", result.message, { file: [result.message] });
  }
}
