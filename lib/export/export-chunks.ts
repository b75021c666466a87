import type { Db } from "@/lib/create-db";
import type { IncidentFilter } from "@/lib/incidents/filter/filter";
import { filterToWhere } from "@/lib/incidents/filter/filter-where";
import { withAtlasActorNames } from "@/lib/incidents/filter/actor-names";
import { incidentRecordSelect, toIncidentRecord } from "@/lib/incidents/record/record";
import type { ExportWriter } from "./formats";

export const EXPORT_PAGE_SIZE = 100;

/**
 * The filtered incidents as text chunks, oldest id first, read a page at a time (keyset on id):
 * memory stays at one page however many incidents match.
 */
export async function* exportChunks(db: Db, filter: IncidentFilter, writer: ExportWriter): AsyncGenerator<string> {
  const where = filterToWhere(await withAtlasActorNames(db, filter));
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
    if (rows.length) yield rows.map((row) => writer.item(toIncidentRecord(row), index++)).join("");
    if (rows.length < EXPORT_PAGE_SIZE) break;
    lastId = rows[rows.length - 1]!.id;
  }
  if (writer.tail) yield writer.tail;
}
