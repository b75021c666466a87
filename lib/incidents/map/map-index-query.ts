import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql } from "../filter/filter-sql";
import { textSearchPlan } from "../filter/text-search-plan";
import { pointListSql } from "./map-points-query";
import type { PointListQuery } from "./map-index-read";

/** The newest position of the incidents' change log (migration 20261214100000_incident_change_log), 0 when empty. */
export const NEWEST_CHANGE_SQL = Prisma.sql`SELECT coalesce(max("seq"), 0) AS newest FROM "IncidentChange"`;
const POSITION_SQL = Prisma.sql`(SELECT coalesce(max("seq"), 0) FROM "IncidentChange")`;

/** As text and values, to run on another connection (the index's worker thread, map-index.worker.ts). */
export const asQuery = ({ sql, values }: Prisma.Sql): PointListQuery => ({ sql, values });

/**
 * The filter's points as one group_concat string (map-points.ts: rows through the driver adapter cost
 * far more), and the change log's position they reflect: one statement, so one snapshot of both.
 */
export async function pointListStatement(db: Db, filter: IncidentFilter): Promise<Prisma.Sql> {
  return Prisma.sql`
    SELECT ${POSITION_SQL} AS position, ${pointListSql(db)} AS points
    FROM "Incident" i WHERE ${filterToSql(filter, await textSearchPlan(db, filter))} AND i."latitude" IS NOT NULL AND i."longitude" IS NOT NULL`;
}

/** pointListStatement as SQL text and values for the index's worker, which runs it on SQLite. */
export async function pointListQuery(db: Db, filter: IncidentFilter): Promise<PointListQuery> {
  return asQuery(await pointListStatement(db, filter));
}

/**
 * What changed since log position `after`, in one statement: the log's position now, the ids written
 * since (comma-separated), and the current points of those that match the filter. Only for filters
 * that need no text search (isPatchableFilter), so no text plan is asked for.
 */
export function changedPointsStatement(db: Db, filter: IncidentFilter, after: number): Prisma.Sql {
  const since = Prisma.sql`SELECT DISTINCT "incidentId" AS "id" FROM "IncidentChange" WHERE "seq" > ${after}`;
  const ids = dialectOf(db).joinText(Prisma.sql`CAST(s."id" AS TEXT)`, ",");
  // CROSS JOIN: SQLite then reads the few changed ids first and looks each incident up, rather than
  // walking an index of the filter's columns (PostgreSQL plans as it likes).
  return Prisma.sql`
    SELECT ${POSITION_SQL} AS position, (SELECT ${ids} FROM (${since}) AS s) AS changed, ${pointListSql(db)} AS points
    FROM (${since}) AS c CROSS JOIN "Incident" i
    WHERE i."id" = c."id" AND ${filterToSql(filter, undefined)} AND i."latitude" IS NOT NULL AND i."longitude" IS NOT NULL`;
}
