import { sqlitePath } from "@/lib/database/sqlite-path";
import Database from "better-sqlite3";

export { sqlitePath } from "@/lib/database/sqlite-path";

/**
 * A direct better-sqlite3 handle for bulk writes (docs/decisions/004-acled-import.md): the Prisma
 * client's per-statement cost caps a bulk import at a few thousand rows a second.
 */
export function openSqlite(url: string): Database.Database {
  const db = new Database(sqlitePath(url));
  db.pragma("busy_timeout = 30000");
  db.pragma("foreign_keys = ON");
  // A large import is one transaction: keep its pages in memory rather than spilling to the file mid-way.
  db.pragma("cache_size = -262144");
  return db;
}

/** A DateTime as the Prisma better-sqlite3 adapter stores it, so rows written here read back alike. */
export const sqliteDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

export type SqlValue = string | number | bigint | null;

/** A value for a Prisma-managed column: dates as the adapter writes them, booleans as 0/1. */
export function sqlValue(v: unknown): SqlValue {
  if (v instanceof Date) return sqliteDate(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === undefined) return null;
  return v as SqlValue;
}
