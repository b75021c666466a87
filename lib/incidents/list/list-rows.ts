import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import { listItemSelect, type IncidentListItem } from "./list-item";

const DAY_COLUMNS = new Set(["eventDate", "endDate"]);
const NUMBER_COLUMNS = new Set(["id", "killedTotal", "injuredTotal", "sourceCount"]);

/** listItemSelect's columns in SQL, the days as YYYY-MM-DD (the stored text's first ten characters). */
const SELECT = Prisma.raw(
  Object.keys(listItemSelect)
    .map((c) => (DAY_COLUMNS.has(c) ? `substr(i."${c}", 1, 10) AS "${c}"` : `i."${c}"`))
    .join(", "),
);

/**
 * The list's rows for a page's ids, in that order, each with its number of sources: one query
 * (decision 028). Through Prisma, the rows and the grouped source counts were two queries whose
 * planning and mapping cost more than reading the page itself.
 */
export async function readListItems(db: Db, ids: readonly number[]): Promise<IncidentListItem[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT ${SELECT}, (SELECT COUNT(*) FROM "IncidentSource" s WHERE s."incidentId" = i."id") AS "sourceCount"
    FROM json_each(${JSON.stringify(ids)}) k JOIN "Incident" i ON i."id" = k.value ORDER BY k.key`;
  return rows.map(
    (row) => Object.fromEntries(Object.entries(row).map(([c, v]) => [c, NUMBER_COLUMNS.has(c) && v !== null ? Number(v) : v])) as IncidentListItem,
  );
}
