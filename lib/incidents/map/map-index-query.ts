import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import { changeLogSql } from "./change-log-sql";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql } from "../filter/filter-sql";
import { textSearchPlan } from "../filter/text-search-plan";
import { pointListSql } from "./map-points-query";
import type { PointListQuery } from "./map-index-read";

/** As text and values, to run on another connection (the index's worker thread, map-index.worker.ts). */
export const asQuery = ({ sql, values }: Prisma.Sql): PointListQuery => ({ sql, values });

/**
 * The filter's points as one group_concat string (map-points.ts: rows through the driver adapter cost
 * far more), and the change log's position they reflect: one statement, so one snapshot of both.
 */
export async function pointListStatement(db: Db, filter: IncidentFilter): Promise<Prisma.Sql> {
  return Prisma.sql`
    SELECT ${changeLogSql(db).position} AS position, ${pointListSql(db)} AS points
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
export function changedPointsStatement(db: Db, filter: IncidentFilter, after: string): Prisma.Sql {
  const log = changeLogSql(db);
  const ids = dialectOf(db).joinText(Prisma.sql`CAST(s."id" AS TEXT)`, ",");
  // CROSS JOIN: SQLite then reads the few changed ids first and looks each incident up, rather than
  // walking an index of the filter's columns (PostgreSQL plans as it likes).
  return Prisma.sql`
    SELECT ${log.position} AS position, (SELECT ${ids} FROM (${log.idsSince(after)}) AS s) AS changed, ${pointListSql(db)} AS points
    FROM (${log.idsSince(after)}) AS c CROSS JOIN "Incident" i
    WHERE i."id" = c."id" AND ${filterToSql(filter, undefined)} AND i."latitude" IS NOT NULL AND i."longitude" IS NOT NULL`;
}
