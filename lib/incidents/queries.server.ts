import "server-only";
import { cache } from "react";
import { parseId } from "@/lib/validation/id-param";
import { db } from "@/lib/db.server";
import { utcToIsoDate } from "@/lib/dates/iso-date";
import type { IncidentFilter } from "./filter/filter";
import type { ListOrder } from "./list/sort";
import { listIncidentsIn, type ListPage } from "./list/list-page";
import type { ListPosition } from "./list/keyset-read";
import { listRecordsIn } from "./list/record-page";
import type { RecordCursor } from "./list/list-cursor";
import { incidentRecordSelect, toIncidentRecord, type IncidentRecord } from "./record/record";
import { cachedByVersion } from "@/lib/read-cache/cached-by-version.server";
import { sharedMatches } from "./filter/shared-matches.server";

/**
 * One page of the filtered incidents for the list from a position, with the capped total (list-page.ts);
 * free text and actors matched once with the overview's other reads (sharedMatches).
 */
export const listIncidents = cachedByVersion(
  "list-page",
  200,
  async (filter: IncidentFilter, order: ListOrder, position: ListPosition, pageSize: number): Promise<ListPage> =>
    listIncidentsIn(db, filter, order, position, pageSize, await sharedMatches(filter)),
);

/**
 * One live incident with its sources, actors and claims, or null. Kept until the data changes, like
 * the lists: a shared or much-visited incident is read once (the result is shared: never mutate it).
 */
export const getIncident = cachedByVersion("incident", 500, async (id: number): Promise<IncidentRecord | null> => {
  const row = await db.incident.findFirst({ where: { id, deletedAt: null }, select: incidentRecordSelect });
  return row ? toIncidentRecord(row) : null;
});

/**
 * The incident a URL's `[id]` segment names, or null when the id is malformed or unknown. Cached per
 * request, so a page's metadata and body read it once.
 */
export const getIncidentByIdParam = cache(async (value: string): Promise<IncidentRecord | null> => {
  const id = parseId(value);
  return id === null ? null : getIncident(id);
});

/**
 * A page of full records for the API, newest first, with the cursor of the next page (record-page.ts);
 * null when the cursor names an incident that no longer exists.
 */
export const listIncidentRecords = cachedByVersion(
  "api-records",
  200,
  (filter: IncidentFilter, limit: number, cursor: RecordCursor | undefined): Promise<{ items: IncidentRecord[]; nextCursor: string | null } | null> =>
    listRecordsIn(db, filter, limit, cursor),
);

export type TrashedIncident = { id: number; title: string; eventDate: string; location: string | null; deletedAt: string };

/** Incidents in the trash, most recently deleted first. */
export async function listTrashedIncidents(): Promise<TrashedIncident[]> {
  const rows = await db.incident.findMany({
    where: { deletedAt: { not: null } },
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, eventDate: true, location: true, deletedAt: true },
    take: 500,
  });
  return rows.map((r) => ({ ...r, eventDate: utcToIsoDate(r.eventDate), deletedAt: r.deletedAt!.toISOString() }));
}
