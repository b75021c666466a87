import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import { dialectOf, postgresDialect, sqliteDialect, type SqlDialect } from "@/lib/database/sql-dialect";
import { listItemSelect, type IncidentListItem } from "./list-item";

const DAY_COLUMNS = new Set(["eventDate", "endDate"]);
const NUMBER_COLUMNS = new Set(["id", "killedTotal", "injuredTotal", "sourceCount"]);

/** listItemSelect's columns in SQL, the days as YYYY-MM-DD (the stored text's first ten characters). */
const selectSql = (dialect: SqlDialect) =>
  Prisma.join(
    Object.keys(listItemSelect).map((c) =>
      DAY_COLUMNS.has(c) ? Prisma.sql`${dialect.dayText(Prisma.raw(`i."${c}"`))} AS ${Prisma.raw(`"${c}"`)}` : Prisma.raw(`i."${c}"`),
    ),
    ", ",
  );
const SELECT = { sqlite: selectSql(sqliteDialect), postgresql: selectSql(postgresDialect) };

/**
 * The list's rows for a page's ids, in that order, each with its number of sources: one query
 * (decision 028). Through Prisma, the rows and the grouped source counts were two queries whose
 * planning and mapping cost more than reading the page itself.
 */
export async function readListItems(db: Db, ids: readonly number[]): Promise<IncidentListItem[]> {
  if (ids.length === 0) return [];
  const dialect = dialectOf(db);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT ${SELECT[dialect.kind]}, (SELECT COUNT(*) FROM "IncidentSource" s WHERE s."incidentId" = i."id") AS "sourceCount"
    FROM (${dialect.jsonValuesInOrder(JSON.stringify(ids), "int")}) k JOIN "Incident" i ON i."id" = k.value ORDER BY k.key`;
  return rows.map(
    (row) => Object.fromEntries(Object.entries(row).map(([c, v]) => [c, NUMBER_COLUMNS.has(c) && v !== null ? Number(v) : v])) as IncidentListItem,
  );
}
