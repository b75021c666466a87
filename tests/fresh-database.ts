import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb, type Db } from "@/lib/create-db";

const MIGRATIONS = path.resolve(__dirname, "../prisma/migrations");

/**
 * A new SQLite file in a temp directory with the migrations applied (the SQL files, in order, as
 * `migrate deploy` would), for tests and benchmarks that need a real database.
 */
export function freshDatabase(): { db: Db; url: string; remove: () => Promise<void> } {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-db-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  for (const name of readdirSync(MIGRATIONS).filter((n) => /^\d/.test(n)).sort()) {
    sqlite.exec(readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
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
