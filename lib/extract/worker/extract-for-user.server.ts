import "server-only";
import { createRateLimit } from "@/lib/limits/rate-limit";
import { LOAD_LIMITS } from "@/lib/limits/load-limits";
import { processWide } from "@/lib/limits/process-wide";
import type { ParsedExtractInput } from "../schema";
import type { ArticleProposals } from "../types";
import { extractionPool } from "./extract-pool.server";

/** A refusal to show as it is: the API sends it with `httpStatus`, the page beside the form. */
export type ExtractRefusal = { status: "refused"; httpStatus: 429 | 503; message: string; retryAfterSeconds: number | null };
export type ExtractOutcome = { status: "done"; proposals: ArticleProposals } | ExtractRefusal;

const perUser = processWide("extract-rate-limit", () => createRateLimit({ max: LOAD_LIMITS.extractsPerMinute, windowMs: 60_000 }));

const seconds = (n: number) => `${n} second${n === 1 ? "" : "s"}`;

/**
 * Reads an article for a signed-in user, on the extraction pool's worker threads: POST /api/extract
 * and the New-from-article page both come here, so both have the same limits.
 */
export async function extractForUser(userId: string, input: ParsedExtractInput): Promise<ExtractOutcome> {
  const allowed = perUser.take(userId);
  if (!allowed.ok) {
    const wait = allowed.retryAfterSeconds;
    return {
      status: "refused",
      httpStatus: 429,
      message: `You have read many articles in a short time: try again in ${seconds(wait)}.`,
      retryAfterSeconds: wait,
    };
  }
  const outcome = await extractionPool().run(input);
  switch (outcome.status) {
    case "done":
      return { status: "done", proposals: outcome.value };
    case "busy":
      return { status: "refused", httpStatus: 503, message: "Atlas is reading many articles right now: try again in a few seconds.", retryAfterSeconds: 5 };
    case "timeout":
      return {
        status: "refused",
        httpStatus: 503,
        message: `Reading this article took longer than ${seconds(LOAD_LIMITS.extractTimeLimitMs / 1000)} and was stopped. Paste only the article itself, without the rest of the page.`,
        retryAfterSeconds: null,
      };
    case "failed":
      throw new Error(`Article extraction failed: ${outcome.message}`);
  }
}
