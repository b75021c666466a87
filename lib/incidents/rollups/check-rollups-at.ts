import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { Prisma } from "@/generated/prisma/client";
import { createDb } from "@/lib/create-db";
import { databaseKind } from "@/lib/database/database-kind";
import { sqlitePath } from "@/lib/incidents/write/sqlite-file";
import { checkRollups, checkRollupsWithClient, type RollupCheck } from "./check-rollups";
import { ROLLUPS } from "./rollup-definitions";

/** The database `npm run db:check-rollups` reads: a SQLite file, or a PostgreSQL database. */
export type RollupsTarget = { kind: "sqlite"; file: string } | { kind: "postgresql"; url: string };

/**
 * `file:` URLs and bare paths (`data/atlas.db`) are SQLite files; `postgresql://` (or `postgres://`)
 * a PostgreSQL database. Anything else with a scheme is refused with what would be accepted.
 */
export function rollupsTarget(value: string): RollupsTarget {
  const kind = databaseKind(value);
  if (kind === "postgresql") {
    // Not echoed: it may hold a password.
    if (!URL.canParse(value)) throw new Error(`The PostgreSQL URL is not valid: postgresql://user:password@host:5432/database expected`);
    return { kind, url: value };
  }
  if (kind === null && /^[a-z][a-z0-9+.-]*:/i.test(value)) {
    throw new Error(`"${value}" is not a database: give a SQLite file (file:./data/atlas.db or a path) or postgresql://user@host:5432/database`);
  }
  return { kind: "sqlite", file: sqlitePath(value) };
}

/** Where a target is, for messages: the file, or the server and database (never the password). */
export function describeTarget(target: RollupsTarget): string {
  if (target.kind === "sqlite") return target.file;
  const url = new URL(target.url);
  return `PostgreSQL database ${decodeURIComponent(url.pathname.slice(1)) || "(default)"} on ${url.host}`;
}

/**
 * Every rollup of the target against a recount, read-only: SQLite through a read-only better-sqlite3
 * handle (the database may be in use), PostgreSQL through a Prisma client in a read-only snapshot.
 */
export async function checkRollupsAt(target: RollupsTarget, limit = 20): Promise<RollupCheck[]> {
  if (target.kind === "sqlite") {
    if (!existsSync(target.file)) throw new Error(`No database at ${target.file}`);
    const sqlite = new Database(target.file, { readonly: true, fileMustExist: true });
    sqlite.pragma("busy_timeout = 30000");
    try {
      return checkRollups(sqlite, limit);
    } finally {
      sqlite.close();
    }
  }
  const db = createDb(target.url);
  try {
    try {
      await db.$queryRaw`SELECT 1`;
    } catch (error) {
      throw new Error(`Cannot reach the ${describeTarget(target)}: ${reason(error)}`);
    }
    const tables = Prisma.join(ROLLUPS.map((r) => r.table));
    const [{ missing }] = await db.$queryRaw<[{ missing: string | null }]>`
      SELECT string_agg(t, ', ') AS missing FROM unnest(ARRAY[${tables}]::text[]) AS t WHERE to_regclass(quote_ident(t)) IS NULL`;
    if (missing) throw new Error(`The ${describeTarget(target)} has no ${missing}: migrate it first (DATABASE_URL=… npm run db:migrate)`);
    return await checkRollupsWithClient(db, limit);
  } finally {
    await db.$disconnect();
  }
}

/** The driver's own words from a Prisma error ("Raw query failed. Code: `3D000`. Message: `…`"), or the whole message. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /Message: `(.*)`/s.exec(message)?.[1] ?? message.trim();
}
