import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import { EVENT_TYPE_NAMES } from "@/lib/taxonomy/event-types";
import { GEO_PRECISION_NAMES, isApproximate } from "@/lib/taxonomy/precision";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql } from "../filter/filter-sql";
import { APPROXIMATE_FLAG, encodeMapPoints, parsePointList } from "./map-points";
import { textSearchPlan } from "../filter/text-search-plan";

/**
 * pointFlags() in SQL: the event type's index, plus APPROXIMATE_FLAG for district/province centroids.
 * The driver binds JS numbers as REAL, which would print as "16.0" in the point list: the constants
 * go in as SQL literals (they are ours, not input).
 */
const FLAGS_SQL = Prisma.sql`(CASE i."eventType" ${Prisma.join(
  EVENT_TYPE_NAMES.map((name, index) => Prisma.sql`WHEN ${name} THEN ${Prisma.raw(String(index))}`),
  " ",
)} ELSE 0 END) + (CASE WHEN i."geoPrecision" IN (${Prisma.join(
  GEO_PRECISION_NAMES.filter(isApproximate),
)}) THEN ${Prisma.raw(String(APPROXIMATE_FLAG))} ELSE 0 END)`;

/** The point list (parsePointList) of the incidents `i` a query selects, as one group_concat string. */
export const POINT_LIST_SQL = Prisma.sql`group_concat(i."id" || ',' || CAST(round(i."latitude" * 100000) AS INTEGER) || ','
  || CAST(round(i."longitude" * 100000) AS INTEGER) || ',' || (${FLAGS_SQL}) || ','
  || ifnull(i."killedTotal", ''), ';')`;

/** POINT_LIST_SQL on PostgreSQL: string_agg, and the toll cast to text before '' stands in for none. */
const POSTGRES_POINT_LIST_SQL = Prisma.sql`string_agg(i."id" || ',' || CAST(round(i."latitude" * 100000) AS INTEGER) || ','
  || CAST(round(i."longitude" * 100000) AS INTEGER) || ',' || (${FLAGS_SQL}) || ','
  || coalesce(CAST(i."killedTotal" AS TEXT), ''), ';')`;

/** The point list's aggregate on the database a client talks to. */
export const pointListSql = (db: object): Prisma.Sql => (dialectOf(db).kind === "postgresql" ? POSTGRES_POINT_LIST_SQL : POINT_LIST_SQL);

/** The filtered incidents that have coordinates, as the compact binary the map draws (map-points.ts). */
export async function mapPointsIn(db: Db, filter: IncidentFilter): Promise<Uint8Array<ArrayBuffer>> {
  const [row] = await db.$queryRaw<{ points: string | null }[]>`
    SELECT ${pointListSql(db)} AS points
    FROM "Incident" i WHERE ${filterToSql(filter, await textSearchPlan(db, filter))} AND i."latitude" IS NOT NULL AND i."longitude" IS NOT NULL`;
  return encodeMapPoints(parsePointList(row?.points ?? null));
}
