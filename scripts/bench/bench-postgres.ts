import { execFileSync } from "node:child_process";
import pg from "pg";
import { copyAtlas } from "@/lib/database/copy/copy-atlas";
import { shownUrl } from "@/lib/database/copy/target-postgres";
import { checkRollupsInCopy } from "@/lib/incidents/rollups/check-rollups-in-copy";
import { ensureDatabase } from "./bench-database";

async function incidentsIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Incident"`)).rows[0]!.n;
  } finally {
    await client.end();
  }
}

/**
 * `npm run bench -- --db postgresql://…`: the synthetic Atlas of `count` incidents on PostgreSQL.
 * The SQLite file `source` is generated (or reused) as for the SQLite bench, the database is
 * migrated, and the file is copied into it with db:copy (lib/database/copy/) when it is empty; a
 * database that already holds `count` incidents is reused as it is, any other is refused.
 */
export async function ensurePostgresDatabase(url: string, source: string, count: number): Promise<void> {
  execFileSync("npx", ["--no-install", "prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: "ignore",
  });
  const held = await incidentsIn(url);
  if (held === count) return;
  if (held > 0)
    throw new Error(`${shownUrl(url)} holds ${held.toLocaleString("en")} incidents, not ${count.toLocaleString("en")}: give the bench an empty database`);
  ensureDatabase(source, count);
  console.log(`Copying ${source} into ${shownUrl(url)} (db:copy)...`);
  const { seconds } = await copyAtlas({ from: `file:${source}`, to: url }, { checks: checkRollupsInCopy });
  console.log(`  copied in ${seconds.toFixed(1)} s`);
}
