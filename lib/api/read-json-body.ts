import { apiError } from "./responses";

/** Bodies larger than this are refused before parsing. */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;

/**
 * Reads a JSON request body, or returns the 400 response to send: oversized, not JSON, or not an
 * object. Expected failures are values, not exceptions.
 */
export async function readJsonBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) {
    return { ok: false, response: apiError(400, "bad_request", `The request body is too large: at most ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB`) };
  }
  const text = await request.text();
  if (text.length > MAX_JSON_BODY_BYTES) {
    return { ok: false, response: apiError(400, "bad_request", `The request body is too large: at most ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB`) };
  }
  try {
    const body: unknown = JSON.parse(text);
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      return { ok: false, response: apiError(400, "bad_request", "Send a JSON object") };
    }
    return { ok: true, body };
  } catch {
    return { ok: false, response: apiError(400, "bad_request", "The request body is not valid JSON") };
  }
}
