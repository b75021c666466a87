import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";

const MIGRATIONS = path.resolve(__dirname, "../prisma/migrations");

/** The migrations' folder names, in the order `migrate deploy` applies them. */
export const MIGRATION_NAMES = readdirSync(MIGRATIONS)
  .filter((n) => /^\d/.test(n))
  .sort();

/** Runs the named migrations' SQL on a database, in order: how a test sets up the data a migration meets. */
export function applyMigrations(db: Database.Database, names: readonly string[]): void {
  for (const name of names) db.exec(readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
}
