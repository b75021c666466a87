import type { Db } from "@/lib/create-db";
import { utcToIsoDate } from "@/lib/dates/iso-date";
import { seenFrom } from "./link-ends";
import { sortLinks, type LinkedIncident } from "./linked-incident";

const otherSelect = { id: true, title: true, status: true, deletedAt: true, eventDate: true, endDate: true, datePrecision: true, killedTotal: true } as const;

/**
 * Every link of these incidents whose other record is in the atlas (a link to a record in the trash
 * waits, unseen, until it is restored) and may be read: `unpublished` false leaves out links to
 * drafts, records in review and rejected ones (decision 017), which visitors and viewers never see.
 * Keyed by incident; one query for a page of an export.
 */
export async function linksOfIncidents(client: Db, ids: number[], unpublished: boolean): Promise<Map<number, LinkedIncident[]>> {
  const out = new Map<number, LinkedIncident[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await client.incidentLink.findMany({
    where: { OR: [{ fromId: { in: ids } }, { toId: { in: ids } }] },
    select: { id: true, fromId: true, toId: true, relation: true, note: true, from: { select: otherSelect }, to: { select: otherSelect } },
  });
  for (const row of rows) {
    for (const [hereId, other] of [
      [row.fromId, row.to],
      [row.toId, row.from],
    ] as const) {
      const list = out.get(hereId);
      if (!list || other.deletedAt || (!unpublished && other.status !== "published")) continue;
      list.push({
        linkId: row.id,
        relation: row.relation,
        direction: seenFrom(hereId, row).direction,
        note: row.note,
        incidentId: other.id,
        title: other.title,
        status: other.status,
        eventDate: utcToIsoDate(other.eventDate),
        endDate: other.endDate ? utcToIsoDate(other.endDate) : null,
        datePrecision: other.datePrecision,
        killedTotal: other.killedTotal,
      });
    }
  }
  for (const [id, list] of out) out.set(id, sortLinks(list));
  return out;
}
