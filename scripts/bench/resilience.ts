import { copyFileSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { ensureDatabase } from "./bench-database";
import { arg, flag } from "./options";
import { benchToken } from "./bench-token";
import { HEAVY_REQUESTS, type HeavyRequest } from "./heavy-requests";
import { benchInvite } from "./bench-invite";
import { noJsInvitePosts } from "./no-js-form-posts";
import { probeWhile, type ProbeResult } from "./latency-probe";
import { loadTest, type LoadResult } from "./load-test";
import { nativeLoadTest } from "./native-load-test";
import { serverRssMb } from "./server-memory";
import { build, start } from "./server";
import { ms } from "./stats";

/**
 * npm run bench:resilience [-- --count 100000 --db data/bench.db --dist .next-bench --skip-build --skip-heavy --skip-load --seconds 30]
 * Issue #19: no single request stalls the server. On a production server over a copy of the
 * synthetic database (the import writes to it):
 * 1. a small request's latency (GET /icon.svg, one at a time) while each heavy request runs, then
 *    while all run at once; budget p99 <= 250 ms;
 * 2. the load figures: 50 connections for `--seconds` on each page and read API route (autocannon;
 *    the map's answer is read again with Node's own parser, as it was when it carried every point
 *    at 1 MB); budget p99 <= 1.5 s; and the server's memory before, at its peak and 30 s after
 *    the load (budget: back below 600 MB).
 * `npm run bench:load` runs only the second part.
 */

const COUNT = Number(arg("count", "100000"));
const DB = path.resolve(arg("db", "data/bench.db"));
const DIST = arg("dist", ".next-bench");
const SECONDS = Number(arg("seconds", "30"));
const SMALL = "/icon.svg";
const SMALL_BUDGET_MS = 250;
const LOAD_BUDGET_MS = 1500;
const MEMORY_BUDGET_MB = 600;

/** Every page and read route a visitor or script uses, at an incident that exists in the synthetic data. */
const LOAD_PATHS = [
  "/",
  "/incidents",
  "/incidents/1",
  "/incidents/1/history",
  "/api/incidents",
  "/api/incidents/1",
  "/api/incidents/map",
  "/api/places?q=Mir",
  SMALL,
];

/** Also read with Node's parser (native-load-test.ts): the map once answered with a megabyte of points, which autocannon's JavaScript parser could not keep up with; kept so the figures stay comparable. */
const LARGE_ANSWER_PATHS = new Set(["/api/incidents/map"]);

const verdict = (ok: boolean) => (ok ? "OK" : "OVER BUDGET");
const probeLine = (p: ProbeResult) =>
  `${SMALL} p50 ${ms(p.p50)}, p99 ${ms(p.p99)}, max ${ms(p.max)} (${p.count} requests${p.failed ? `, ${p.failed} failed` : ""})  ${verdict(p.p99 <= SMALL_BUDGET_MS)}`;

async function heavyPart(url: string, auth: string, heavyRequests: HeavyRequest[]) {
  console.log(`\nA small request while heavy ones run (budget: p99 <= ${SMALL_BUDGET_MS} ms)`);
  // Each route's code is loaded on its first request: load it before anything is timed.
  for (let i = 0; i < 5; i++) await fetch(`${url}${SMALL}`).then((r) => r.arrayBuffer());
  for (const heavy of heavyRequests) await heavy.warmUp(url, auth);
  const idle = await probeWhile(url, SMALL, new Promise((resolve) => setTimeout(resolve, 3_000)));
  console.log(`  idle server:\n    ${probeLine(idle)}`);
  for (const heavy of heavyRequests) {
    const running = heavy.run(url, auth);
    const probe = await probeWhile(url, SMALL, running);
    console.log(`  ${heavy.name}: ${await running}\n    ${probeLine(probe)}`);
  }
  const all = Promise.all(heavyRequests.filter((h) => !h.name.startsWith("import")).map((h) => h.run(url, auth)));
  const together = await probeWhile(url, SMALL, all);
  console.log(`  everything but the import at once:\n    ${probeLine(together)}`);
}

async function loadPart(url: string, pid: number) {
  console.log(`\nUnder load: 50 connections for ${SECONDS} s on each path (budget: p99 <= ${LOAD_BUDGET_MS / 1000} s)`);
  const before = serverRssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, serverRssMb(pid))), 500);
  console.log(`  ${"path".padEnd(24)}${"req/s".padStart(8)}${"p50".padStart(11)}${"p99".padStart(11)}${"max".padStart(11)}  non-2xx  errors`);
  const row = (label: string, r: LoadResult, judged = true) =>
    console.log(
      `  ${label.padEnd(24)}${r.requestsPerSecond.toFixed(0).padStart(8)}${ms(r.p50).padStart(11)}${ms(r.p99).padStart(11)}${ms(r.max).padStart(11)}  ${String(r.non2xx).padStart(7)}  ${String(r.errors).padStart(6)}  ${judged ? verdict(r.p99 <= LOAD_BUDGET_MS) : "(the client's limit: judged on the next row)"}`,
    );
  for (const p of LOAD_PATHS) {
    // As in the heavy part: a fresh server loads a route's code on its first request; load it first.
    await fetch(`${url}${p}`).then((r) => r.arrayBuffer());
    row(p, await loadTest(url, p, { seconds: SECONDS }), !LARGE_ANSWER_PATHS.has(p));
    if (LARGE_ANSWER_PATHS.has(p)) row("  (Node's parser)", await nativeLoadTest(url, p, { seconds: SECONDS }));
  }
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 30_000));
  const after = serverRssMb(pid);
  console.log(
    `  server memory (RSS): ${before} MB before, ${peak} MB at the peak, ${after} MB 30 s after the load  ${verdict(after < MEMORY_BUDGET_MB)} (budget < ${MEMORY_BUDGET_MB} MB)`,
  );
}

async function main() {
  ensureDatabase(DB, COUNT);
  // The import writes 100,000 incidents: the server runs on a copy, so the bench database stays as generated.
  const copy = DB.replace(/\.db$/, "-resilience.db");
  copyFileSync(DB, copy);
  const auth = benchToken(copy, "analyst");
  const heavyRequests = [...HEAVY_REQUESTS, noJsInvitePosts(benchInvite(copy))];
  if (!flag("skip-build")) {
    console.log("Building the app (next build)...");
    build(DIST);
  }
  const server = await start(DIST, `file:${copy}`);
  try {
    console.log(
      `Production server on ${COUNT.toLocaleString("en")} synthetic incidents; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")} on ${cpus().length} cores`,
    );
    if (!flag("skip-heavy") && !flag("load-only")) await heavyPart(server.url, auth, heavyRequests);
    if (!flag("skip-load")) await loadPart(server.url, server.pid);
    console.log(
      `\nload average at the end ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
  } finally {
    server.stop();
    for (const ext of ["", "-journal", "-wal", "-shm"]) rmSync(copy + ext, { force: true });
  }
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
