import { createServer } from "node:http";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import vm from "node:vm";
import { z } from "zod";
import { LOAD_LIMITS } from "@/lib/limits/load-limits";
import { admittingListener } from "@/lib/server/admitting-listener";
import { createIdleCollector } from "@/lib/server/idle-collector";
import { loadReleaseFreeMemory } from "@/lib/server/malloc-trim/release-free-memory";
import { refuseOversizedFormPost } from "@/lib/server/oversized-form-post";

/**
 * The production server (`npm start`, the e2e suite, the benchmarks): Next.js's own request handler
 * behind a first-come-first-served admission (lib/server/admitting-listener.ts), which `next start`
 * cannot be given. Usage: tsx scripts/serve.ts [--port 3000] [--hostname 127.0.0.1]
 */

const options = z
  .object({
    port: z.coerce.number().int().min(1).max(65535),
    hostname: z.string().min(1).optional(),
  })
  .parse(
    parseArgs({
      options: { port: { type: "string", default: process.env.PORT ?? "3000" }, hostname: { type: "string" } },
    }).values,
  );

/** The largest form post Next.js takes (next.config.js): larger ones get a page that says so. */
const maxFormPostBytes = (createRequire(import.meta.url)("../next.config.js") as { experimental: { serverActions: { bodySizeLimit: number } } }).experimental
  .serverActions.bodySizeLimit;

async function main() {
  // As `next start` does; set before Next.js is loaded.
  Object.assign(process.env, { NODE_ENV: "production" });
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: options.hostname, port: options.port });
  await app.prepare();
  const listener = admittingListener(app.getRequestHandler(), {
    concurrency: LOAD_LIMITS.requestsAtOnce,
    releaseAfterMs: LOAD_LIMITS.requestPlaceMs,
    maxWaiting: LOAD_LIMITS.requestsWaiting,
  });
  const collector = createIdleCollector({ quietMs: LOAD_LIMITS.collectAfterQuietMs, collect: collectAndReleaseMemory() });
  const server = createServer((req, res) => {
    collector.activity();
    res.once("close", () => collector.activity());
    if (refuseOversizedFormPost(req, res, maxFormPostBytes)) return;
    listener(req, res);
  });
  server.listen(options.port, options.hostname, () => {
    console.log(`Incident Atlas on http://${options.hostname ?? "localhost"}:${options.port}`);
  });
  // As `next start` does: stop at once, without waiting for open connections.
  const stop = () => process.exit(0);
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

/**
 * V8's full collection, which Node exposes only behind a flag (set here, for this process alone), with
 * compaction forced for its duration: V8's own full collections compact only the pages its heuristics
 * pick, so after a burst the old generation kept 600 MB of pages for 260 MB of live objects. The flag
 * is set back at once so the collections during load stay V8's usual ones.
 */
function fullGarbageCollection(): () => void {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  return () => {
    v8.setFlagsFromString("--compact-on-every-full-gc");
    try {
      gc();
    } finally {
      v8.setFlagsFromString("--no-compact-on-every-full-gc");
    }
  };
}

/**
 * The full collection, then glibc's free memory given back to the system: after a 100,000-row import
 * the allocator kept 300 MB that the import's SQLite page cache had freed (decision 009).
 */
function collectAndReleaseMemory(): () => void {
  const collect = fullGarbageCollection();
  const releaseFreeMemory = loadReleaseFreeMemory();
  if (!releaseFreeMemory)
    console.warn("Note: lib/server/malloc-trim is not built (npm ci builds it), so memory freed after large imports stays with the server.");
  return () => {
    collect();
    releaseFreeMemory?.();
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
