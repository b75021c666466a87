import { NextResponse } from "next/server";
import { ExtractInputSchema } from "@/lib/extract/schema";
import { extractArticle } from "@/lib/extract/extract-article";
import { readJsonBody } from "@/lib/api/read-json-body";
import { apiError } from "@/lib/api/responses";
import { toFieldErrors } from "@/lib/validation/field-errors";

export const dynamic = "force-dynamic";

/**
 * POST /api/extract { text, url?, publishedAt? }: proposals for a draft incident from a news
 * article, each { value, evidence, start, end, confidence }. Runs offline; nothing is stored.
 */
export async function POST(request: Request) {
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const parsed = ExtractInputSchema.safeParse(read.body);
  if (!parsed.success) {
    const fields = toFieldErrors(parsed.error);
    return apiError(400, "validation_failed", Object.values(fields).flat()[0] ?? "The input is not valid", fields);
  }
  return NextResponse.json({ proposals: extractArticle(parsed.data) });
}
