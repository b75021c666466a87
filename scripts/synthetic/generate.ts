import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { toIncidentRow } from "@/lib/incidents/write/incident-row";
import { KNOWN_ACTORS } from "@/lib/actors/known-actors";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { seededRandom } from "./random";
import { syntheticIncident } from "./synthetic-incident";
import { deferredWrite } from "./deferred-write";

/**
 * A synthetic database for benchmarks, never for the demo: a fresh SQLite file, migrated, with the
 * known actors and `--count` deterministic incidents (see synthetic-incident.ts).
 *   npm run db:synthetic -- --count 100000 --db data/bench.db [--seed 1]
 * Every incident is validated with IncidentInputSchema and mapped by toIncidentRow, as the app's
 * write path does; the rows are then bulk-inserted with prepared statements in one transaction,
 * which takes seconds where 100,000 Prisma transactions would take many minutes, with the indexes
 * and text indexes built once at the end (deferred-write.ts).
 */
function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** The adapter's iso8601 text form, so raw rows compare like the app's own. */
const sqlDate = (d: Date | null) => (d ? d.toISOString().replace("Z", "+00:00") : null);

function migrate(file: string) {
  rmSync(file, { force: true });
  for (const ext of ["-journal", "-wal", "-shm"]) rmSync(file + ext, { force: true });
  mkdirSync(path.dirname(file), { recursive: true });
  execFileSync("npx", ["--no-install", "prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: "ignore",
  });
}

function main() {
  const count = Number(arg("count", "100000"));
  const file = path.resolve(arg("db", "data/synthetic.db"));
  const random = seededRandom(Number(arg("seed", "1")));
  if (!Number.isInteger(count) || count < 0) throw new Error("--count must be a whole number");
  const started = performance.now();
  migrate(file);

  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  const now = sqlDate(new Date());
  const insertActor = sqlite.prepare(`INSERT INTO "Actor" (name, kind, createdAt, updatedAt) VALUES (?, ?, ?, ?)`);
  const insertAlias = sqlite.prepare(`INSERT INTO "ActorAlias" (actorId, alias) VALUES (?, ?)`);
  const actorIds: number[] = [];

  const row = toIncidentRow(IncidentInputSchema.parse(syntheticIncident(0, seededRandom(0))));
  const columns = [...Object.keys(row), "externalId", "createdAt", "updatedAt"];
  const insertIncident = sqlite.prepare(`INSERT INTO "Incident" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
  const insertSource = sqlite.prepare(`INSERT INTO "Source" (url, outlet, headline, publishedAt, language, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const link = sqlite.prepare(`INSERT INTO "IncidentSource" (incidentId, sourceId, position) VALUES (?, ?, ?)`);
  const linkActor = sqlite.prepare(`INSERT INTO "IncidentActor" (incidentId, actorId, role, certainty) VALUES (?, ?, ?, ?)`);

  sqlite.transaction(() => {
    const deferred = deferredWrite(sqlite);
    for (const actor of KNOWN_ACTORS) {
      const id = Number(insertActor.run(actor.name, actor.kind, now, now).lastInsertRowid);
      actorIds.push(id);
      for (const alias of actor.aliases) insertAlias.run(id, alias);
    }
    for (let n = 1; n <= count; n++) {
      const parsed = IncidentInputSchema.safeParse(syntheticIncident(n, random));
      if (!parsed.success) throw new Error(`Synthetic incident ${n} is invalid: ${JSON.stringify(toFieldErrors(parsed.error))}`);
      const values = Object.values(toIncidentRow(parsed.data)).map((v) => (v instanceof Date ? sqlDate(v) : typeof v === "boolean" ? Number(v) : v));
      const id = Number(insertIncident.run(...values, `synthetic-${n}`, now, now).lastInsertRowid);
      parsed.data.sources.forEach((s, position) => {
        const sourceId = insertSource.run(
          s.url,
          s.outlet,
          s.headline,
          s.publishedAt ? sqlDate(new Date(`${s.publishedAt}T00:00:00Z`)) : null,
          s.language,
          now,
          now,
        ).lastInsertRowid;
        link.run(id, sourceId, position);
      });
      if (random.next() < 0.4) linkActor.run(id, random.pick(actorIds), "perpetrator", random.pick(["claimed", "alleged", "suspected"]));
    }
    deferred.finish();
  })();
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.exec("ANALYZE");
  sqlite.close();
  console.log(`Wrote ${count.toLocaleString("en")} synthetic incidents to ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
