import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb, type Db } from "@/lib/create-db";
import { MIGRATION_NAMES, applyMigrations } from "./migrations";
import { copyTemplate, pgTestRun } from "./postgres/pg-test-database";

/**
 * A new SQLite file in a temp directory with the migrations applied (the SQL files, in order, as
 * `migrate deploy` would), for tests and benchmarks that need a real database. Under `npm run
 * test:pg`, a new PostgreSQL database copied from the run's migrated one instead (tests/postgres/).
 */
export function freshDatabase(): { db: Db; url: string; remove: () => Promise<void> } {
  const pg = pgTestRun();
  if (pg) {
    const { url, drop } = copyTemplate(pg);
    const db = createDb(url);
    return {
      db,
      url,
      remove: async () => {
        await db.$disconnect();
        drop();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-db-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  applyMigrations(sqlite, MIGRATION_NAMES);
  sqlite.close();
  const url = `file:${file}`;
  const db = createDb(url);
  return {
    db,
    url,
    remove: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
