/**
 * npx tsx --conditions=react-server scripts/bench/profile-bulletin.ts [data/bench.db]
 * Each of the bulletin's SQL statements run alone (one at a time), timed per bench filter: which
 * of its reads cost what. A tool for decision 022's amendment of 2026-12-06, not a budgeted figure.
 */
import path from "node:path";

const file = process.argv[2] ?? "data/bench.db";
process.env.DATABASE_URL ??= `file:${path.resolve(file)}`;

async function main() {
  const { db } = await import("@/lib/db.server");
  const { IncidentFilterSchema } = await import("@/lib/incidents/filter/filter");
  const { FILTERS } = await import("./query-figures");
  const { bulletinQuery, bulletinPeriodFor } = await import("@/lib/incidents/bulletin/bulletin.server");
  const times = new Map<string, number>();
  const seen = new Map<string, number>();
  let queue: Promise<unknown> = Promise.resolve();
  const client = db as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  for (const method of ["$queryRaw", "$queryRawUnsafe"]) {
    const original = client[method]!.bind(db);
    client[method] = (...args: unknown[]) => {
      const first = args[0] as string | readonly string[];
      const text = (typeof first === "string" ? first : first.join("?")).replace(/\s+/g, " ").trim().slice(0, 84);
      // The same statement called again within one bulletin (the footnotes' lists) is numbered.
      const n = (seen.get(text) ?? 0) + 1;
      seen.set(text, n);
      const label = `${n} ${text}`;
      const run = queue.then(async () => {
        const start = performance.now();
        try {
          return await original(...args);
        } finally {
          times.set(label, (times.get(label) ?? 0) + performance.now() - start);
        }
      });
      queue = run.catch(() => undefined);
      return run;
    };
  }
  for (const [name, raw] of Object.entries(FILTERS)) {
    const filter = IncidentFilterSchema.parse(raw);
    const period = await bulletinPeriodFor(filter, undefined);
    if (!period) continue;
    for (let i = 0; i < 2; i++) await bulletinQuery(filter, period);
    times.clear();
    const runs = 5;
    const start = performance.now();
    for (let i = 0; i < runs; i++) {
      seen.clear();
      await bulletinQuery(filter, period);
    }
    const total = (performance.now() - start) / runs;
    console.log(`\n${name} (${period.from}..${period.to}): ${total.toFixed(1)} ms per bulletin`);
    for (const [label, t] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${(t / runs).toFixed(1).padStart(7)} ms  ${label}`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
