import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { IncidentFilter } from "../filter/filter";
import { groupsAsJson } from "./groups-as-json.server";
import { rollupPerpetrators, type PerpetratorRow } from "./perpetrator-rollup.server";

/**
 * The trends page's perpetrator series before folding: an incident counts once for each actor
 * recorded as its perpetrator. From the perpetrator rollup when it answers the filter (decision 025,
 * amendment of 2026-12-06), otherwise joined from the filter's incidents (`where`, filterToSql's).
 * trendsQuery itself reads the joined series with its scan, in one statement
 * (scan-with-perpetrators.server.ts, decision 028 of 2026-12-06, early morning); perpetratorsScan is
 * the two-statement form the tests compare it with.
 */
export async function perpetrators(filter: IncidentFilter, where: Prisma.Sql): Promise<PerpetratorRow[]> {
  return (await rollupPerpetrators(filter)) ?? perpetratorsScan(where);
}

/** The incidents matching `where` joined to their perpetrators, grouped by month and actor. */
export async function perpetratorsScan(where: Prisma.Sql): Promise<PerpetratorRow[]> {
  const rows = await groupsAsJson<[string, string, number, number | null]>(
    Prisma.sql`month, key, count, killed`,
    Prisma.sql`SELECT ${dialectOf(db).monthText(Prisma.sql`i."eventDate"`)} AS month, a."name" AS key, COUNT(*) AS count, SUM(i."killedTotal") AS killed
      FROM "Incident" i
        JOIN "IncidentActor" ia ON ia."incidentId" = i."id" AND ia."role" = 'perpetrator'
        JOIN "Actor" a ON a."id" = ia."actorId"
      WHERE ${where} GROUP BY month, a."id"`,
  );
  return rows.map(([month, key, count, killed]) => ({ month, key, count, killed: killed ?? 0 }));
}
