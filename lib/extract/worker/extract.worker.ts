import { parentPort } from "node:worker_threads";
import type { WorkerReply } from "@/lib/worker-pool/worker-pool";
import { extractArticle } from "../extract-article";
import type { ParsedExtractInput } from "../schema";
import type { ArticleProposals } from "../types";

/** A worker thread of the extraction pool (extract-pool.server.ts): one article in, its proposals out. */
const port = parentPort!;

// Builds the gazetteer's place index now, not during the first article's time limit.
extractArticle({ text: "Warm-up: one soldier was killed in Mir Ali." });

port.on("message", (input: ParsedExtractInput) => {
  let reply: WorkerReply<ArticleProposals>;
  try {
    reply = { ok: true, value: extractArticle(input) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
