import "server-only";
import { db } from "@/lib/db.server";
import type { IncidentFilter } from "./filter";
import type { ListOrder } from "./sort";
import { filterToWhere } from "./filter-where";
import { toListItem, listItemSelect, type IncidentListItem } from "./list-item";
import { incidentRecordSelect, toIncidentRecord, type IncidentRecord } from "./record";


function orderBy({ sort, dir }: ListOrder) {
  const primary = sort === "killed" ? { killedTotal: { sort: dir, nulls: "last" as const } } : { eventDate: dir };
  return [primary, { eventDate: "desc" as const }, { id: "desc" as const }];
}

/** One page of the filtered incidents for the list, with the total for paging. */
export async function listIncidents(
  filter: IncidentFilter,
  order: ListOrder,
  page: number,
  pageSize: number,
): Promise<{ items: IncidentListItem[]; total: number }> {
  const where = filterToWhere(filter);
  const [rows, total] = await Promise.all([
    db.incident.findMany({ where, orderBy: orderBy(order), skip: (page - 1) * pageSize, take: pageSize, select: listItemSelect }),
    db.incident.count({ where }),
  ]);
  return { items: rows.map(toListItem), total };
}

/** One live incident with its sources, actors and claims, or null. */
export async function getIncident(id: number): Promise<IncidentRecord | null> {
  const row = await db.incident.findFirst({ where: { id, deletedAt: null }, select: incidentRecordSelect });
  return row ? toIncidentRecord(row) : null;
}

/**
 * A page of full records for the API, newest first, with an opaque cursor for the next page.
 * The cursor is the last id; ordering by (eventDate, id) keeps it stable while records are added.
 */
export async function listIncidentRecords(
  filter: IncidentFilter,
  limit: number,
  cursor: number | undefined,
): Promise<{ items: IncidentRecord[]; nextCursor: string | null }> {
  const rows = await db.incident.findMany({
    where: filterToWhere(filter),
    orderBy: [{ eventDate: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: incidentRecordSelect,
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map(toIncidentRecord),
    nextCursor: rows.length > limit ? String(page[page.length - 1]!.id) : null,
  };
}
