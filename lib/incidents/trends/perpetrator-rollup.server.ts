import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { IncidentFilter } from "../filter/filter";
import { rollupMonths } from "./month-rollup";
import { monthsWhere, perpetratorSums, rollupColumnsWhere } from "./rollup-sql";

/** Incidents and killed per month for one perpetrator, by name: the trends page's perpetrator series before folding. */
export type PerpetratorRow = { month: string; key: string; count: number; killed: number };

/**
 * The perpetrator series from IncidentPerpetratorMonthRollup (decision 025, amendment of
 * 2026-12-06) for the filters the monthly rollup answers (rollupMonths: its columns and whole
 * months), or null, and the caller joins the incidents to their perpetrators instead. A filter
 * without a province or event type reads IncidentPerpetratorMonthTotalRollup, the same figures per
 * month, actor, country and status only (a country key since 2026-12-06, night). The groups are summed per month and actor before the
 * actor's name is read, as the scan groups by actor id. A minimum killed (one of KILLED_THRESHOLDS)
 * sums that threshold's pair of columns in either table (decision 025, 2026-12-06).
 */
export async function rollupPerpetrators(filter: IncidentFilter): Promise<PerpetratorRow[] | null> {
  const span = rollupMonths(filter);
  if (!span) return null;
  const sums = perpetratorSums(filter);
  // rollupColumnsWhere then names only the country and the status, which both tables hold.
  const table = filter.province.length || filter.eventType.length ? "IncidentPerpetratorMonthRollup" : "IncidentPerpetratorMonthTotalRollup";
  const [row] = await db.$queryRaw<{ rows: string | null }[]>`SELECT ${dialectOf(db).jsonRows(Prisma.sql`month, key, count, killed`)} AS rows
    FROM (SELECT g.month AS month, a."name" AS key, g.count AS count, g.killed AS killed
      FROM (SELECT r."month" AS month, r."actorId" AS actor, SUM(${sums.count}) AS count, SUM(${sums.killed}) AS killed
        FROM ${Prisma.raw(`"${table}"`)} r WHERE ${rollupColumnsWhere(filter)} AND ${monthsWhere(span)}
        GROUP BY r."month", r."actorId" HAVING SUM(${sums.count}) > 0) AS g
      JOIN "Actor" a ON a."id" = g.actor) AS p`;
  const groups = JSON.parse(row?.rows ?? "[]") as [string, string, number, number][];
  return groups.map(([month, key, count, killed]) => ({ month, key, count: Number(count), killed: Number(killed) }));
}
