import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql } from "../filter/filter-sql";
import { textSearchPlan } from "../filter/text-search-plan";
import { pointListSql } from "./map-points-query";
import type { PointListQuery } from "./map-index-read";

/**
 * The filter's points as one group_concat string (map-points.ts: rows through the driver adapter cost
 * far more), as SQL text and values for the index's worker thread (map-index.worker.ts).
 */
export async function pointListQuery(db: Db, filter: IncidentFilter): Promise<PointListQuery> {
  const query = await pointListStatement(db, filter);
  return { sql: query.sql, values: query.values };
}

/** The point list's query as Prisma runs it (on PostgreSQL, the server's own client reads it). */
export async function pointListStatement(db: Db, filter: IncidentFilter): Promise<Prisma.Sql> {
  return Prisma.sql`
    SELECT ${pointListSql(db)} AS points
    FROM "Incident" i WHERE ${filterToSql(filter, await textSearchPlan(db, filter))} AND i."latitude" IS NOT NULL AND i."longitude" IS NOT NULL`;
}
