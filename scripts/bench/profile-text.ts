/**
 * npx tsx --conditions=react-server scripts/bench/profile-text.ts [data/bench1m.db] [text]
 * The API page, the trends page and the bulletin over one free text, each statement timed alone (one
 * at a time, CPU and wall): which reads cost what. A tool for decision 028, not a budgeted figure.
 */
import path from "node:path";

const file = process.argv[2] ?? "data/bench.db";
const q = process.argv[3] ?? "Peshawar";
process.env.DATABASE_URL ??= `file:${path.resolve(file)}`;

async function main() {
  const { db } = await import("@/lib/db.server");
  const { IncidentFilterSchema } = await import("@/lib/incidents/filter/filter");
  const { listRecordsIn } = await import("@/lib/incidents/list/record-page");
  const { trendsQuery } = await import("@/lib/incidents/trends/trends.server");
  const { textAndActorMatches } = await import("@/lib/incidents/filter/text-search-plan");
  const { bulletinQuery, bulletinPeriodFor } = await import("@/lib/incidents/bulletin/bulletin.server");
  const times = new Map<string, { wall: number; cpu: number }>();
  let queue: Promise<unknown> = Promise.resolve();
  const client = db as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  for (const method of ["$queryRaw", "$queryRawUnsafe"]) {
    const original = client[method]!.bind(db);
    client[method] = (...args: unknown[]) => {
      const first = args[0] as string | readonly string[];
      const label = (typeof first === "string" ? first : first.join("?")).replace(/\s+/g, " ").trim().slice(0, 100);
      const run = queue.then(async () => {
        const start = performance.now();
        const cpu = process.cpuUsage();
        try {
          return await original(...args);
        } finally {
          const t = times.get(label) ?? { wall: 0, cpu: 0 };
          const used = process.cpuUsage(cpu);
          times.set(label, { wall: t.wall + performance.now() - start, cpu: t.cpu + (used.user + used.system) / 1000 });
        }
      });
      queue = run.catch(() => undefined);
      return run;
    };
  }
  const filter = IncidentFilterSchema.parse({ q });
  const figures: Record<string, () => Promise<unknown>> = {
    match: () => textAndActorMatches(db, filter),
    api: () => listRecordsIn(db, filter, 50, undefined),
    trends: () => trendsQuery(filter),
    bulletin: async () => {
      const plan = await textAndActorMatches(db, filter);
      const period = await bulletinPeriodFor(filter, undefined, plan);
      return period ? bulletinQuery(filter, period, plan) : null;
    },
  };
  for (const [name, run] of Object.entries(figures)) {
    for (let i = 0; i < 2; i++) await run();
    times.clear();
    const runs = 5;
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 0; i < runs; i++) await run();
    const used = process.cpuUsage(cpu);
    const total = (performance.now() - start) / runs;
    console.log(`\n${name}: ${total.toFixed(1)} ms wall, ${((used.user + used.system) / 1000 / runs).toFixed(1)} ms CPU per run`);
    for (const [label, t] of [...times].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 12))
      console.log(`  ${(t.wall / runs).toFixed(1).padStart(7)} wall ${(t.cpu / runs).toFixed(1).padStart(6)} cpu  ${label}`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
