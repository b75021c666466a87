import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { z } from "zod";
import { LOAD_LIMITS } from "@/lib/limits/load-limits";
import { admittingListener } from "@/lib/server/admitting-listener";

/**
 * The production server (`npm start`, the e2e suite, the benchmarks): Next.js's own request handler
 * behind a first-come-first-served admission (lib/server/admitting-listener.ts), which `next start`
 * cannot be given. Usage: bash scripts/serve.sh [--port 3000] [--hostname 127.0.0.1] (it sets the process
 * settings, then runs this file with tsx).
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

async function main() {
  // As `next start` does; set before Next.js is loaded.
  Object.assign(process.env, { NODE_ENV: "production" });
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: options.hostname, port: options.port });
  await app.prepare();
  const server = createServer(
    admittingListener(app.getRequestHandler(), {
      concurrency: LOAD_LIMITS.requestsAtOnce,
      releaseAfterMs: LOAD_LIMITS.requestPlaceMs,
      maxWaiting: LOAD_LIMITS.requestsWaiting,
    }),
  );
  server.listen(options.port, options.hostname, () => {
    console.log(`Incident Atlas on http://${options.hostname ?? "localhost"}:${options.port}`);
  });
  // As `next start` does: stop at once, without waiting for open connections.
  const stop = () => process.exit(0);
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
