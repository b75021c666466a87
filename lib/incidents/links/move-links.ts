import type { Prisma } from "@/generated/prisma/client";
import { recordLinkEvents } from "./link-writes";
import { storedEnds, seenFrom, type StoredEnds } from "./link-ends";

/**
 * A merge hands the merged-away record's other links (a "response to" a third incident, say) to the
 * kept record (decision 023): each is re-pointed from `fromId` to `toId`, as if unlinked there and
 * linked here, on the History of both old ends and both new ones. A link that would point at the
 * kept record itself (the merged same-event link) or that the kept record already has stays behind
 * with the merged-away record. Returns how many moved.
 */
export async function moveLinks(tx: Prisma.TransactionClient, fromId: number, toId: number, userId: string | null): Promise<number> {
  const rows = await tx.incidentLink.findMany({
    where: { OR: [{ fromId }, { toId: fromId }] },
    select: {
      id: true,
      fromId: true,
      toId: true,
      relation: true,
      note: true,
      from: { select: { id: true, title: true } },
      to: { select: { id: true, title: true } },
    },
    orderBy: { id: "asc" },
  });
  const kept = await tx.incident.findUniqueOrThrow({ where: { id: toId }, select: { id: true, title: true } });
  let moved = 0;
  for (const row of rows) {
    const { otherId, direction } = seenFrom(fromId, row);
    if (otherId === toId) continue;
    const ends: StoredEnds = storedEnds(toId, otherId, row.relation, direction);
    if (await tx.incidentLink.findUnique({ where: { fromId_toId_relation: ends }, select: { id: true } })) continue;
    await tx.incidentLink.update({ where: { id: row.id }, data: { fromId: ends.fromId, toId: ends.toId } });
    const titles = new Map([row.from, row.to, kept].map((i) => [i.id, i.title]));
    await recordLinkEvents(tx, "unlink", row, titles, userId, row.note);
    await recordLinkEvents(tx, "link", ends, titles, userId, row.note);
    moved++;
  }
  return moved;
}
