import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql, type TextSearchPlan } from "../filter/filter-sql";
import { textAndActorMatches } from "../filter/text-search-plan";
import { incidentRecordSelect, toIncidentRecord, type IncidentRecord } from "../record/record";
import { formatListCursor, type ListKey, type RecordCursor } from "./list-cursor";
import { readKeys } from "./keyset-read";
import { cappedCount, COUNT_CAP } from "./capped-count";
import type { ListOrder } from "./sort";

/** The API's order: newest first, the highest id first on a day. */
const NEWEST_FIRST: ListOrder = { sort: "date", dir: "desc" };

/** The key of an incident named by id alone (a cursor from before decision 028), trashed or not; null when it is gone. */
async function keyOfIncident(db: Db, id: number): Promise<ListKey | null> {
  const [row] = await db.$queryRaw<{ day: string }[]>`SELECT ${dialectOf(db).dayText(Prisma.sql`"eventDate"`)} AS day FROM "Incident" WHERE "id" = ${id}`;
  return row ? { day: row.day, killed: null, id } : null;
}

/**
 * Whether the text's matches (a superset of the filter's incidents) number COUNT_CAP or fewer, so the
 * filter cannot be dense and needs no count: the API page shows no total.
 */
function fewMatches(plan: TextSearchPlan | undefined): boolean {
  return plan?.matches !== undefined && (JSON.parse(plan.matches) as unknown[]).length <= COUNT_CAP;
}

/**
 * A page of full records for the API, newest first, by keyset (decision 028): `nextCursor` is the
 * last record's key (`2024-03-16_1234`), so a page never repeats or skips records while others are
 * added. null when the cursor names an incident that no longer exists.
 */
export async function listRecordsIn(
  db: Db,
  filter: IncidentFilter,
  limit: number,
  cursor: RecordCursor | undefined,
): Promise<{ items: IncidentRecord[]; nextCursor: string | null } | null> {
  const after = cursor && !("day" in cursor) ? await keyOfIncident(db, cursor.id) : cursor;
  if (after === null) return null;
  // The text matched once for the count and the page, as the list does (textAndActorMatches).
  const plan = await textAndActorMatches(db, filter);
  const where = filterToSql(filter, plan);
  const dense = !fewMatches(plan) && (await cappedCount(db, where)).more;
  const keys = await readKeys(db, where, NEWEST_FIRST, after ? { after } : {}, limit + 1, dense);
  const page = keys.slice(0, limit);
  const rows = await db.incident.findMany({ where: { id: { in: page.map((k) => k.id) } }, select: incidentRecordSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: page.flatMap((k) => (byId.has(k.id) ? [toIncidentRecord(byId.get(k.id)!)] : [])),
    nextCursor: keys.length > limit ? formatListCursor("date", page[page.length - 1]!) : null,
  };
}
