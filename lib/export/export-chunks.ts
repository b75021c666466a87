import { dialectOf } from "@/lib/database/sql-dialect";
import type { Db } from "@/lib/create-db";
import type { IncidentFilter } from "@/lib/incidents/filter/filter";
import { filterToWhere } from "@/lib/incidents/filter/filter-where";
import { withAtlasActorNames } from "@/lib/incidents/filter/actor-names";
import { incidentRecordSelect, toIncidentRecord } from "@/lib/incidents/record/record";
import type { ExportWriter } from "./formats";
import { linksOfIncidents } from "@/lib/incidents/links/read-links";
import { linkForApi } from "@/lib/incidents/links/linked-incident";

export const EXPORT_PAGE_SIZE = 100;

/**
 * Whether an export carries links to unpublished records: only when it asks for unpublished
 * records itself (readerFilter keeps that to analysts and admins); a file of published records is
 * often shared, and must not name drafts (decision 021).
 */
const unpublishedLinks = (filter: IncidentFilter) => filter.status !== undefined && filter.status !== "published";

/**
 * The filtered incidents as text chunks, oldest id first, read a page at a time (keyset on id):
 * memory stays at one page however many incidents match.
 */
export async function* exportChunks(db: Db, filter: IncidentFilter, writer: ExportWriter): AsyncGenerator<string> {
  const where = filterToWhere(await withAtlasActorNames(db, filter), dialectOf(db).kind);
  yield writer.head;
  let lastId = 0;
  let index = 0;
  for (;;) {
    const rows = await db.incident.findMany({
      where: { AND: [where, { id: { gt: lastId } }] },
      orderBy: { id: "asc" },
      take: EXPORT_PAGE_SIZE,
      select: incidentRecordSelect,
    });
    const links = await linksOfIncidents(
      db,
      rows.map((r) => r.id),
      unpublishedLinks(filter),
    );
    if (rows.length) yield rows.map((row) => writer.item({ ...toIncidentRecord(row), links: (links.get(row.id) ?? []).map(linkForApi) }, index++)).join("");
    if (rows.length < EXPORT_PAGE_SIZE) break;
    lastId = rows[rows.length - 1]!.id;
  }
  if (writer.tail) yield writer.tail;
}
