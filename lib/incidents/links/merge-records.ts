import type { Db } from "@/lib/create-db";
import { auditedWriteIn } from "@/lib/incidents/audit/audited-write";
import { snapshotIncident } from "@/lib/incidents/audit/snapshot";
import { codedCasualties } from "@/lib/incidents/coded-casualties";
import { recordToInput } from "@/lib/incidents/record/record-to-input";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { mergeInputs, type MergeCounts } from "./merge-inputs";
import { moveLinks } from "./move-links";

export type MergeResult = { status: "merged"; otherId: number; added: MergeCounts; linksMoved: number } | { status: "invalid"; message: string };

const GONE = "This link is no longer there, or one of the records is in the trash: reload the page.";

/**
 * "Merge into this record" on a same-event link (decision 021), in one transaction: the other
 * record's sources, actors and claims are added to this one (mergeInputs: nothing this record
 * has is duplicated or overwritten), the other moves to the trash (from where it can be restored),
 * and both Histories say so. The link stays, unseen while the other is in the trash; the other's
 * links to third records move to this one (moveLinks, decision 023).
 */
export function mergeSameEvent(db: Db, intoId: number, linkId: number, userId: string | null): Promise<MergeResult> {
  return db.$transaction(async (tx) => {
    const link = await tx.incidentLink.findFirst({
      where: { id: linkId, relation: "same_event", OR: [{ fromId: intoId }, { toId: intoId }], from: { deletedAt: null }, to: { deletedAt: null } },
      select: { fromId: true, toId: true, note: true },
    });
    if (!link) return { status: "invalid", message: GONE };
    const otherId = link.fromId === intoId ? link.toId : link.fromId;
    const [into, other] = [await snapshotIncident(tx, intoId), await snapshotIncident(tx, otherId)];
    if (!into || !other) return { status: "invalid", message: GONE };
    const { merged, added } = mergeInputs(recordToInput(into), codedCasualties(into), recordToInput(other));
    const parsed = IncidentInputSchema.safeParse(merged);
    if (!parsed.success) {
      const problems = Object.entries(toFieldErrors(parsed.error)).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
      return { status: "invalid", message: `The merged record would not be valid, so nothing was merged. ${problems.slice(0, 3).join("; ")}` };
    }
    const mergedFrom = { change: "merged_from", relation: "same_event", direction: "mutual", incidentId: otherId, title: other.title, note: null } as const;
    const saved = await auditedWriteIn(tx, { userId, action: "merge", incidentId: intoId, link: mergedFrom }, async (t) =>
      (await replaceIncidentIn(t, intoId, parsed.data)) ? intoId : null,
    );
    if (saved.status !== "saved") return { status: "invalid", message: GONE };
    const mergedInto = { change: "merged_into", relation: "same_event", direction: "mutual", incidentId: intoId, title: into.title, note: null } as const;
    const trashed = await auditedWriteIn(tx, { userId, action: "delete", incidentId: otherId, link: mergedInto }, async (t) => {
      const { count } = await t.incident.updateMany({ where: { id: otherId, deletedAt: null }, data: { deletedAt: new Date() } });
      return count ? otherId : null;
    });
    if (trashed.status !== "saved") throw new Error(`Merging #${otherId} into #${intoId}: the other record could not be moved to the trash`);
    const linksMoved = await moveLinks(tx, otherId, intoId, userId);
    return { status: "merged", otherId, added, linksMoved };
  });
}
