import { NextResponse } from "next/server";
import { articleTooLong, ExtractInputSchema, MAX_ARTICLE_CHARS, MAX_EXTRACT_BODY_BYTES } from "@/lib/extract/schema";
import { extractForUser } from "@/lib/extract/worker/extract-for-user.server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { apiError, retryLater } from "@/lib/api/responses";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { authorizeApiRequest } from "@/lib/auth/authorize.server";

export const dynamic = "force-dynamic";

/**
 * POST /api/extract { text, url?, publishedAt? }: proposals for a draft incident from a news
 * article, each { value, evidence, start, end, confidence }. Runs offline, on a worker thread;
 * nothing is stored. Analysts and admins only, rate-limited per user (decision 009).
 */
export async function POST(request: Request) {
  const auth = await authorizeApiRequest(request, "article:extract");
  if (!auth.ok) return auth.response;
  const read = await readJsonBody(request, { maxBytes: MAX_EXTRACT_BODY_BYTES, tooLarge: articleTooLong() });
  if (!read.ok) return read.response;
  const text = (read.body as { text?: unknown }).text;
  if (typeof text === "string" && text.length > MAX_ARTICLE_CHARS) return apiError(413, "payload_too_large", articleTooLong(text.length));
  const parsed = ExtractInputSchema.safeParse(read.body);
  if (!parsed.success) {
    const fields = toFieldErrors(parsed.error);
    return apiError(400, "validation_failed", Object.values(fields).flat()[0] ?? "The input is not valid", fields);
  }
  const outcome = await extractForUser(auth.user.id, parsed.data);
  if (outcome.status === "done") return NextResponse.json({ proposals: outcome.proposals });
  if (outcome.retryAfterSeconds === null) return apiError(outcome.httpStatus, "unavailable", outcome.message);
  return retryLater(outcome.httpStatus, outcome.message, outcome.retryAfterSeconds);
}
