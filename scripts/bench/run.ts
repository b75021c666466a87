import { execFileSync } from "node:child_process";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { mb, ms, percentile, timeRuns } from "./stats";
import { benchQueries } from "./queries";
import { budgetsFor, verdict } from "./budgets";
import { samplePeakRss } from "./peak-rss";
import { build, start } from "./server";
import { ensureDatabase } from "./bench-database";
import { ensurePostgresDatabase } from "./bench-postgres";
import { arg, flag } from "./options";
import { launch, timeMapMoves, timeToReady, type ReadyTime } from "./browser";
import { databaseKind } from "@/lib/database/database-kind";
import { shownUrl } from "@/lib/database/copy/target-postgres";

/**
 * npm run bench [-- --count 100000 --db data/bench.db (or postgresql://…, with --source data/bench.db) --runs 30 --browser-runs 9 --dist .next-bench --skip-build --skip-naive --skip-import --skip-resilience --queries-only --skip-queries --only list (or map)]
 * At a million: `npm run bench -- --count 1000000 --db data/bench1m.db`. Each figure prints beside its
 * budget at that size (budgets.ts) and, where there is one, the naive read's figure and the ratio.
 * Generates the synthetic database when it is missing or holds another count, then prints:
 * p50/p95 of the list, per-province and histogram queries over a set of filters (queries.ts,
 * query-figures.ts); the server's peak resident memory while it serves the bench; the size and time
 * of the map data for the overview's first view; the time until the overview is interactive in headless
 * Chromium; the time from a pan or zoom to its new clusters drawn; and the same for a naive map (one <Marker> per incident), with the ratio. Budgets at 100k: each
 * query p95 <= 100 ms (the trends page's seven queries together too, and the bulletin's), the
 * bulletin's PDF written in p95 <= 500 ms with no section over 100 ms, map data <= 300 KB, overview
 * interactive <= 2.5 s, pan or zoom <= 200 ms (issue #17's at a million: queries p95 <= 50 ms, server
 * RSS <= 1 GB). Then `npm run bench:import`:
 * 100,000 ACLED rows imported into a temporary database (target >= 20,000 rows/s). Last,
 * `npm run bench:resilience` on the same build (issue #19: no single request stalls the server).
 * With `--db postgresql://host/name` the same figures on PostgreSQL (bench-postgres.ts): the SQLite
 * file of `--source` is copied into that empty database first; the import and resilience figures,
 * which run on SQLite files, print "n/a on PostgreSQL".
 */

const COUNT = Number(arg("count", "100000"));
const BUDGETS = budgetsFor(COUNT);
const DB_ARG = arg("db", "data/bench.db");
const ON_POSTGRES = databaseKind(DB_ARG) === "postgresql";
/** The SQLite file: the database benched, or on PostgreSQL the Atlas copied into it. */
const DB = path.resolve(ON_POSTGRES ? arg("source", "data/bench.db") : DB_ARG);
const DATABASE_URL = ON_POSTGRES ? DB_ARG : `file:${DB}`;
const RUNS = Number(arg("runs", "30"));
/** Page loads for the overview's time to interactive (each a fresh browser context). */
const BROWSER_RUNS = Number(arg("browser-runs", "9"));
const DIST = arg("dist", ".next-bench");

/**
 * The map's cluster index (decision 027): built once per filter, then asked per view; after a write,
 * patched from the incidents written since (amendment of 2026-12-06). Run as the index's worker runs
 * it, on this thread, so process CPU time is the job's (the machine is shared: wall time is not).
 */
async function benchMapIndex() {
  const { IncidentFilterSchema } = await import("@/lib/incidents/filter/filter");
  const { db } = await import("@/lib/db.server");
  const { mapIndexJob, isKept } = await import("@/lib/incidents/map/map-index-job");
  const { runMapIndexJob } = await import("@/lib/incidents/map/map-index-read");
  const { clustersInView } = await import("@/lib/incidents/map/map-view");
  const { REGION_VIEW } = await import("@/lib/incidents/map/map-view-schema");
  type Kept = Awaited<ReturnType<typeof runMapIndexJob>>;
  const whole = IncidentFilterSchema.parse({});
  // On SQLite the index's worker reads the file itself; on PostgreSQL the server's pool reads the point list (decision 029).
  const sqlite = ON_POSTGRES ? null : new Database(DB, { readonly: true });
  try {
    const keptIndex = async (previous: Kept | undefined) => {
      const job = await mapIndexJob(db, whole, previous, sqlite ? DB : null);
      return isKept(job) ? job : runMapIndexJob(job, () => sqlite!);
    };
    /** p50 of `fn`'s wall and CPU time, `before` run untimed ahead of each run. */
    const timed = async (runs: number, fn: () => Promise<unknown>, before?: () => Promise<unknown>) => {
      const [wall, cpu] = [[] as number[], [] as number[]];
      for (let i = 0; i < runs; i++) {
        await before?.();
        const [at, used] = [performance.now(), process.cpuUsage()];
        await fn();
        const { user, system } = process.cpuUsage(used);
        wall.push(performance.now() - at);
        cpu.push((user + system) / 1000);
      }
      return `p50 ${ms(percentile(wall, 50))} (CPU ${ms(percentile(cpu, 50))})`;
    };
    const built = await timed(5, () => keptIndex(undefined));
    let kept = await keptIndex(undefined);
    // One edit as the form makes it: an incident moved a little (and back on the next run).
    const [{ id } = { id: 0 }] = await db.$queryRaw<
      { id: number }[]
    >`SELECT min("id") AS id FROM "Incident" WHERE "deletedAt" IS NULL AND "status" = 'published' AND "latitude" IS NOT NULL`;
    let step = 0.01;
    const patched = await timed(
      9,
      async () => (kept = await keptIndex(kept)),
      () => db.$executeRaw`UPDATE "Incident" SET "longitude" = "longitude" + ${(step = -step)} WHERE "id" = ${id}`,
    );
    const fresh = await keptIndex(undefined);
    const same =
      kept.index.count === fresh.index.count && kept.index.codes.every((c, k) => c === fresh.index.codes[k] && kept.index.ids[k] === fresh.index.ids[k]);
    const index = kept.index;
    const views = [
      REGION_VIEW,
      { bbox: [70.5, 33, 73, 35] as [number, number, number, number], zoom: 9 },
      { bbox: [71.3, 33.8, 71.8, 34.2] as [number, number, number, number], zoom: 12 },
    ];
    const viewTimes = await timeRuns(30, async () => views.map((v) => clustersInView(index, v)));
    console.log(`  map cluster index (query + build, a filter's first map request) ${built}`);
    console.log(
      `  map cluster index (query + patch, the first map request after one edit) ${patched}  ${same ? "equal to a rebuild" : "DIFFERS FROM A REBUILD"}`,
    );
    console.log(`  map clusters for a view from the index (3 views) p50 ${ms(percentile(viewTimes, 50))}`);
  } finally {
    sqlite?.close();
  }
}

/**
 * Writing the bulletin's PDF (decision 022) from read figures: the whole document, and its longest
 * section, which is how long it holds the event loop at once. Budgets: p95 <= 500 ms, longest <= 100 ms.
 */
async function benchBulletinPdf() {
  const { IncidentFilterSchema } = await import("@/lib/incidents/filter/filter");
  const { bulletinQuery, bulletinPeriodFor } = await import("@/lib/incidents/bulletin/bulletin.server");
  const { bulletinPdf } = await import("@/lib/incidents/bulletin/pdf/bulletin-pdf.server");
  const view = { origin: "http://localhost:3000", filterQuery: "", bulletinQuery: "", filterLines: [] };
  const totals: number[] = [];
  const sections: number[] = [];
  for (const raw of [{}, { province: ["PK-KP"] }, { actor: ["TTP"] }]) {
    const filter = IncidentFilterSchema.parse(raw);
    const period = await bulletinPeriodFor(filter, undefined);
    if (!period) continue;
    const data = await bulletinQuery(filter, period);
    await timeRuns(3, () => bulletinPdf(data, view));
    totals.push(...(await timeRuns(RUNS, () => bulletinPdf(data, view, (_, time) => sections.push(time)))));
  }
  const [p95, longest] = [percentile(totals, 95), Math.max(...sections)];
  console.log(`  bulletin PDF (write)      p50 ${ms(percentile(totals, 50))}  p95 ${ms(p95)}  ${p95 <= 500 ? "OK" : "OVER BUDGET"}`);
  console.log(`  bulletin PDF, longest section (event loop held) ${ms(longest)}  ${longest <= 100 ? "OK" : "OVER BUDGET"}`);
}

/** Bytes on the wire with and without gzip, and the time to the last byte. */
function fetchBytes(url: string, gzip: boolean): Promise<{ bytes: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const startAt = performance.now();
    http
      .get(url, { headers: gzip ? { "Accept-Encoding": "gzip" } : {} }, (res) => {
        let bytes = 0;
        res.on("data", (c: Buffer) => (bytes += c.length));
        res.on("end", () => resolve({ bytes, ms: performance.now() - startAt }));
      })
      .on("error", reject);
  });
}

/**
 * The bulletin's page and PDF over HTTP (decision 022): the first request reads the figures (cold),
 * later ones reuse them until the data changes. Budget: the overview's 2.5 s, cold.
 */
async function benchBulletinPages(base: string) {
  console.log("\nBulletin over HTTP (first request cold, then 5 warm)");
  for (const path of ["/bulletin", "/bulletin?province=PK-KP", "/bulletin.pdf?province=PK-KP", "/bulletin.pdf?actor=TTP"]) {
    const first = await fetchBytes(`${base}${path}`, false);
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push((await fetchBytes(`${base}${path}`, false)).ms);
    console.log(
      `  ${path.padEnd(30)} ${mb(first.bytes)}  first ${ms(first.ms)}  warm p50 ${ms(percentile(warm, 50))}  ${verdict(first.ms, 2500)} (budget 2.5 s)`,
    );
  }
}

async function benchServer() {
  if (!flag("skip-build")) {
    console.log("\nBuilding the app (next build) for the browser measurements...");
    build(DIST);
  }
  const server = await start(DIST, DATABASE_URL);
  const rss = samplePeakRss(server.pid);
  let peakBeforeNaive: number | null = null;
  try {
    const mapUrl = `${server.url}/api/incidents/map`;
    await fetchBytes(mapUrl, false);
    const raw: { bytes: number; ms: number }[] = [];
    for (let i = 0; i < 5; i++) raw.push(await fetchBytes(mapUrl, false));
    const gz = await fetchBytes(mapUrl, true);
    const rawBytes = raw[0]!.bytes;
    console.log(`\nMap data for the overview's first view (GET /api/incidents/map: the region at zoom 5, ${COUNT.toLocaleString("en")} incidents)`);
    console.log(
      `  ${mb(rawBytes)} (${rawBytes.toLocaleString("en")} bytes; ${mb(gz.bytes)} gzipped)  ${verdict(rawBytes, BUDGETS.mapBytes)} (budget ${mb(BUDGETS.mapBytes)})`,
    );
    console.log(
      `  time p50 ${ms(
        percentile(
          raw.map((r) => r.ms),
          50,
        ),
      )}, max ${ms(Math.max(...raw.map((r) => r.ms)))}`,
    );

    await benchBulletinPages(server.url);

    const browser = await launch();
    try {
      await timeToReady(browser, `${server.url}/`, "overview-map", 30_000);
      const runs: ReadyTime[] = [];
      for (let i = 0; i < BROWSER_RUNS; i++) {
        const t = await timeToReady(browser, `${server.url}/`, "overview-map", 30_000);
        if (t !== null) runs.push(t);
      }
      const overview = percentile(
        runs.map((r) => r.fromNavigation),
        50,
      );
      const wall = percentile(
        runs.map((r) => r.wall),
        50,
      );
      console.log(`\nOverview interactive (map drawn, headless Chromium, cold cache, tiles blocked), ${runs.length} runs`);
      console.log(
        `  from navigation start: p50 ${ms(overview)}, max ${ms(Math.max(...runs.map((r) => r.fromNavigation)))}  ${verdict(overview, BUDGETS.overviewMs)} (budget ${BUDGETS.overviewMs / 1000} s)`,
      );
      console.log(`  wall clock from Playwright's goto(), opening the tab included: p50 ${ms(wall)}`);
      const moves = await timeMapMoves(browser, server.url);
      const move = percentile(moves, 50);
      console.log(
        `\nPan or zoom to new clusters (moveend to drawn, ${moves.length} moves): p50 ${ms(move)}, max ${ms(Math.max(...moves))}  ${verdict(Math.max(...moves), BUDGETS.mapMoveMs)} (budget ${BUDGETS.mapMoveMs} ms)`,
      );
      // The peak is the app's: the naive page (bench-only, 125 MB of HTML at a million) is not.
      peakBeforeNaive = rss.stop();
      if (flag("skip-naive")) return;
      const limit = 180_000;
      // At a million the naive page can hold the renderer past Playwright's own timeouts (its tab then
      // never closes): the whole step has a deadline, and the browser is closed below either way.
      const naiveHtml = await withDeadline(fetchBytes(`${server.url}/bench/naive-map`, false), limit);
      const naive = naiveHtml && (await withDeadline(timeToReady(browser, `${server.url}/bench/naive-map`, "naive-map", limit), limit + 15_000));
      console.log(
        `\nNaive map (one react-leaflet <Marker> per incident, rows sent as props): page ${naiveHtml ? mb(naiveHtml.bytes) : `not served within ${limit / 1000} s`}`,
      );
      if (!naive) console.log(`  not interactive within ${limit / 1000} s: ratio > ${(limit / wall).toFixed(0)}x`);
      else console.log(`  interactive after ${ms(naive.fromNavigation)} from navigation start: ${(naive.fromNavigation / overview).toFixed(1)}x the overview`);
    } finally {
      await withDeadline(browser.close(), 30_000);
    }
  } finally {
    const peak = peakBeforeNaive ?? rss.stop();
    console.log(
      `\nServer memory: peak RSS ${peak} MB while serving the bench (before the naive map)  ${verdict(peak, BUDGETS.serverRssMb)} (budget ${BUDGETS.serverRssMb} MB)`,
    );
    server.stop();
  }
}

/** `work`'s value, or null once `ms` have passed (or when it fails); what it was doing is left to end. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([work.catch(() => null), deadline]).finally(() => clearTimeout(timer));
}

/** In its own process, with the Node options of `npm run import`. */
function benchImport() {
  console.log("");
  execFileSync("bash", ["scripts/node-run.sh", "npx", "--no-install", "tsx", "scripts/import/bench-import.ts"], { stdio: "inherit" });
}

/** `npm run bench:resilience` on the build made above (issue #19: no single request stalls the server). */
function benchResilience() {
  console.log("");
  execFileSync("npx", ["--no-install", "tsx", "scripts/bench/resilience.ts", "--skip-build", "--count", String(COUNT), "--db", DB, "--dist", DIST], {
    stdio: "inherit",
  });
}

async function main() {
  if (ON_POSTGRES) await ensurePostgresDatabase(DATABASE_URL, DB, COUNT);
  else ensureDatabase(DB, COUNT);
  process.env.DATABASE_URL = DATABASE_URL;
  console.log(`Bench database: ${ON_POSTGRES ? `PostgreSQL (${shownUrl(DB_ARG)}, copied from ${DB})` : `SQLite (${DB})`}`);
  if (!flag("skip-queries")) {
    // --only map: the map's index alone (its build and its patch after an edit).
    if (arg("only", "") !== "map") {
      await benchQueries(COUNT, RUNS, arg("only", ""), flag("skip-naive"));
      await benchBulletinPdf();
    }
    await benchMapIndex();
  }
  if (flag("queries-only")) return;
  await benchServer();
  // Both bench SQLite files: the import writes a temporary one, the resilience run copies the bench file.
  if (ON_POSTGRES) {
    if (!flag("skip-import")) console.log("\nImport throughput: n/a on PostgreSQL (bench:import writes a temporary SQLite file)");
    if (!flag("skip-resilience")) console.log("\nResilience: n/a on PostgreSQL (bench:resilience runs on a copy of the SQLite file)");
    return;
  }
  if (!flag("skip-import")) benchImport();
  if (!flag("skip-resilience")) benchResilience();
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
