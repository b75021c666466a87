import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { sqlitePath } from "@/lib/database/sqlite-path";
import { CopyRefusal, oneLine } from "./copy-refusal";
import { describeGap, knownMigrations, migrationGap } from "./migration-gap";

/**
 * The SQLite Atlas to copy, opened read-only, after checking that it is one this version can read:
 * the file exists, is SQLite, and has exactly this version's migrations applied.
 */
export function openSource(url: string): Database.Database {
  const file = sqlitePath(url);
  if (!existsSync(file)) throw new CopyRefusal(`the source ${file} does not exist`);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    sqlite.prepare("SELECT count(*) FROM sqlite_master").get();
  } catch (error) {
    throw new CopyRefusal(`the source ${file} cannot be read as SQLite (${oneLine(error)})`);
  }
  try {
    checkSourceMigrations(sqlite, url);
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

function checkSourceMigrations(sqlite: Database.Database, url: string) {
  const hasTable = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
  if (!hasTable) throw new CopyRefusal(`the source ${url} is not a migrated Atlas (it has no _prisma_migrations table)`);
  const applied = sqlite
    .prepare(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
    .pluck()
    .all() as string[];
  const gap = migrationGap(applied, knownMigrations("sqlite"));
  if (gap.unknown.length) throw new CopyRefusal(`the source ${url} has ${describeGap(gap)}: it was written by a newer Atlas; copy it with that version`);
  if (gap.pending.length) throw new CopyRefusal(`the source ${url} has ${describeGap(gap)}: run npm run db:migrate with DATABASE_URL=${url} first`);
}
