import { Prisma } from "@/generated/prisma/client";
import { dialectOf } from "@/lib/database/sql-dialect";

/**
 * The incidents' change log (migrations 20261214100000_incident_change_log on SQLite,
 * 20261214200000_incident_change_log on PostgreSQL), read the way each database allows
 * (docs/decisions/027, amendment of 2026-12-06). A position is text: on SQLite the newest "seq" seen
 * (one writer at a time, so seq follows commit order); on PostgreSQL the snapshot the statement read
 * in, since transactions commit in another order than they take sequence numbers.
 */
export type ChangeLogSql = {
  /** An expression: the position the statement's own snapshot reflects. */
  position: Prisma.Sql;
  /** A query: the ids written since `position`, each once, as column "id". */
  idsSince(position: string): Prisma.Sql;
  /**
   * A query of one row: `pending`, how many entries were written since `position` (counted up to
   * limit + 1 at most), and `reaches`, whether the log still holds every one of them.
   */
  pendingSince(position: string, limit: number): Prisma.Sql;
};

const sqliteChangeLog: ChangeLogSql = {
  position: Prisma.sql`(SELECT CAST(coalesce(max("seq"), 0) AS TEXT) FROM "IncidentChange")`,
  idsSince: (position) => Prisma.sql`SELECT DISTINCT "incidentId" AS "id" FROM "IncidentChange" WHERE "seq" > CAST(${position} AS INTEGER)`,
  // The newest 100,000 entries are always kept: a position that far behind is not asked about (limit is lower).
  pendingSince: (position, limit) =>
    Prisma.sql`SELECT coalesce(max("seq"), 0) - CAST(${position} AS INTEGER) AS pending,
      coalesce(max("seq"), 0) - CAST(${position} AS INTEGER) BETWEEN 0 AND ${Prisma.raw(String(limit))} AS reaches FROM "IncidentChange"`,
};

const notSeenBy = (position: string) =>
  Prisma.sql`"xid" >= pg_snapshot_xmin(${position}::pg_snapshot) AND NOT pg_visible_in_snapshot("xid", ${position}::pg_snapshot)`;

const postgresChangeLog: ChangeLogSql = {
  position: Prisma.sql`pg_current_snapshot()::text`,
  idsSince: (position) => Prisma.sql`SELECT DISTINCT "incidentId" AS "id" FROM "IncidentChange" WHERE ${notSeenBy(position)}`,
  pendingSince: (position, limit) =>
    Prisma.sql`SELECT (SELECT count(*) FROM (SELECT 1 FROM "IncidentChange" WHERE ${notSeenBy(position)} LIMIT ${Prisma.raw(String(limit + 1))}) AS c) AS pending,
      NOT EXISTS (SELECT 1 FROM "IncidentChangeTrim" WHERE "trimmed" >= pg_snapshot_xmin(${position}::pg_snapshot)) AS reaches`,
};

/** The change log's SQL for the database a client talks to. */
export const changeLogSql = (db: object): ChangeLogSql => (dialectOf(db).kind === "postgresql" ? postgresChangeLog : sqliteChangeLog);
