import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { TrendScanRow } from "./fold-trend-scan";
import type { PerpetratorRow } from "./perpetrator-rollup.server";

type Num = number | null;
/** A scan group as the JSON rows hold it: month, province, type, count, killed, security, civilians, militants, first, last. */
export type ScanTuple = [string, string | null, string | null, number, Num, Num, Num, Num, string, string];

type GroupTuple = [string, string | null, string | null, number, Num, Num, Num, Num];

export const scanRow = ([month, province, type, count, killed, security, civilians, militants, first, last]: ScanTuple): TrendScanRow => ({
  month,
  province,
  type,
  count,
  killed,
  security,
  civilians,
  militants,
  first,
  last,
});

/** The one statement of scanWithPerpetrators: one row of groups, first, last and perpetrators. */
export function scanWithPerpetratorsSql(where: Prisma.Sql): Prisma.Sql {
  const d = dialectOf(db);
  return Prisma.sql`
    WITH m AS MATERIALIZED (
      SELECT i."id" AS id, ${d.monthText(Prisma.sql`i."eventDate"`)} AS month, i."provinceIso" AS province, i."eventType" AS type,
        i."eventDate" AS day, i."killedTotal" AS killed, i."killedSecurity" AS security, i."killedCivilians" AS civilians,
        i."killedMilitants" AS militants
      FROM "Incident" i WHERE ${where})
    SELECT
      (SELECT ${d.jsonRows(Prisma.sql`month, province, type, count, killed, security, civilians, militants`)}
        FROM (SELECT month, province, type, COUNT(*) AS count, SUM(killed) AS killed, SUM(security) AS security,
            SUM(civilians) AS civilians, SUM(militants) AS militants
          FROM m GROUP BY month, province, type) AS g) AS groups,
      (SELECT ${d.dayText(Prisma.sql`MIN(day)`)} FROM m) AS first,
      (SELECT ${d.dayText(Prisma.sql`MAX(day)`)} FROM m) AS last,
      (SELECT ${d.jsonRows(Prisma.sql`month, key, count, killed`)}
        FROM (SELECT g.month AS month, a."name" AS key, g.count AS count, g.killed AS killed
          FROM (SELECT m.month AS month, ia."actorId" AS actor, COUNT(*) AS count, SUM(m.killed) AS killed
            FROM m CROSS JOIN "IncidentActor" ia
            WHERE ia."incidentId" = m.id AND ia."role" = 'perpetrator'
            GROUP BY m.month, ia."actorId") AS g
          JOIN "Actor" a ON a."id" = g.actor) AS p) AS perpetrators`;
}

/**
 * The trends page's scan (trendsQuery's groups by month, province and event type) and its perpetrator
 * series (perpetratorsScan's) in one statement, for a filter the rollups do not answer: the filter's
 * incidents are looked up once into a materialised list, which both groupings read. Apart, each
 * statement looked up the same incidents (an actor's ~12,000 at a million: ~13 ms each) before
 * grouping them. CROSS JOIN keeps that list as the outer loop on SQLite (its planner otherwise read
 * all of IncidentActor to probe the list, decision 028); PostgreSQL reads it as a plain join. The
 * figures are the two statements' own: the same groups, the perpetrators grouped by actor id, then named.
 * Each group carries the filter's first and last day rather than its own, as the rollup's groups do
 * (month-rollup.server.ts): only the extent reads them, and two fewer aggregates per group saved
 * ~2 ms and a third of the JSON.
 */
export async function scanWithPerpetrators(where: Prisma.Sql): Promise<{ rows: TrendScanRow[]; perpetrators: PerpetratorRow[] }> {
  const [row] = await db.$queryRaw<{ groups: string | null; first: string | null; last: string | null; perpetrators: string | null }[]>(
    scanWithPerpetratorsSql(where),
  );
  const groups = JSON.parse(row?.groups ?? "[]") as GroupTuple[];
  const [first, last] = [row?.first ?? "", row?.last ?? ""];
  const byActor = JSON.parse(row?.perpetrators ?? "[]") as [string, string, number, number | null][];
  return {
    rows: groups.map((group) => scanRow([...group, first, last])),
    perpetrators: byActor.map(([month, key, count, killed]) => ({ month, key, count: Number(count), killed: Number(killed ?? 0) })),
  };
}
