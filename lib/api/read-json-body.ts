import { apiError } from "./responses";

/** Bodies larger than this are refused before parsing. */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;

type BodyLimit = { maxBytes: number; tooLarge: string };
const DEFAULT_LIMIT: BodyLimit = { maxBytes: MAX_JSON_BODY_BYTES, tooLarge: `The request body is too large: at most ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB` };

/**
 * Reads a JSON request body, or returns the response to send: 413 when larger than the limit, 400
 * when not JSON or not an object. Expected failures are values, not exceptions.
 */
export async function readJsonBody(
  request: Request,
  { maxBytes, tooLarge }: BodyLimit = DEFAULT_LIMIT,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, response: apiError(413, "payload_too_large", tooLarge) };
  const text = await request.text();
  if (text.length > maxBytes) return { ok: false, response: apiError(413, "payload_too_large", tooLarge) };
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
