import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import { recordAudit } from "@/lib/incidents/audit/record-audit";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { seenFrom, storedEnds, type StoredEnds } from "./link-ends";
import type { NewLink } from "./link-schema";

export type LinkWriteResult = { status: "saved" } | { status: "invalid"; fieldErrors: FieldErrors };

const invalid = (field: string, message: string): LinkWriteResult => ({ status: "invalid", fieldErrors: { [field]: [message] } });
const GONE = "This incident is no longer in the atlas: it may have been moved to the trash.";

/**
 * Records a link made or removed on the History of both incidents, in words that name the other
 * record as seen from each (decision 021). The records themselves do not change: no new version.
 */
export async function recordLinkEvents(
  tx: Prisma.TransactionClient,
  action: "link" | "unlink",
  ends: StoredEnds,
  titles: Map<number, string>,
  userId: string | null,
  note: string | null,
) {
  for (const incidentId of [ends.fromId, ends.toId]) {
    const { otherId, direction } = seenFrom(incidentId, ends);
    const change = action === "link" ? "linked" : "unlinked";
    const link = { change, relation: ends.relation, direction, incidentId: otherId, title: titles.get(otherId) ?? "", note } as const;
    await recordAudit(tx, { incidentId, userId, action, before: null, after: null, link });
  }
}

/** Links two live incidents; a field message for an unknown or trashed incident or a link already there. */
export function addLink(db: Db, { incidentId, otherId, relation, direction, note }: NewLink, userId: string | null): Promise<LinkWriteResult> {
  return db.$transaction(async (tx) => {
    const [here, other] = await Promise.all(
      [incidentId, otherId].map((id) => tx.incident.findUnique({ where: { id }, select: { id: true, title: true, deletedAt: true } })),
    );
    if (!here || here.deletedAt) return invalid("form", GONE);
    if (!other) return invalid("other", `There is no incident #${otherId} in the atlas: check the number`);
    if (other.deletedAt) return invalid("other", `Incident #${otherId} is in the trash: restore it before linking to it`);
    const ends = storedEnds(incidentId, otherId, relation, direction);
    if (await tx.incidentLink.findUnique({ where: { fromId_toId_relation: ends }, select: { id: true } }))
      return invalid("other", `This incident is already linked to #${otherId} this way`);
    await tx.incidentLink.create({ data: { ...ends, note, createdById: userId } });
    await recordLinkEvents(tx, "link", ends, new Map([here, other].map((i) => [i.id, i.title])), userId, note);
    return { status: "saved" };
  });
}

/** Removes a link from the page of one of its ends; a message when it is no longer there. */
export function removeLink(db: Db, incidentId: number, linkId: number, userId: string | null): Promise<LinkWriteResult> {
  return db.$transaction(async (tx) => {
    const link = await tx.incidentLink.findFirst({
      where: { id: linkId, OR: [{ fromId: incidentId }, { toId: incidentId }] },
      select: { fromId: true, toId: true, relation: true, from: { select: { id: true, title: true } }, to: { select: { id: true, title: true } } },
    });
    if (!link) return invalid("form", "This link is no longer there: it may already have been removed.");
    await tx.incidentLink.delete({ where: { id: linkId } });
    const titles = new Map([link.from, link.to].map((i) => [i.id, i.title]));
    await recordLinkEvents(tx, "unlink", link, titles, userId, null);
    return { status: "saved" };
  });
}
