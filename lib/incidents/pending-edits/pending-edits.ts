import type { Db } from "@/lib/create-db";
import type { Prisma } from "@/generated/prisma/client";
import { readJsonColumn } from "@/lib/validation/json-column";
import { recordAudit } from "@/lib/incidents/audit/record-audit";
import { snapshotIncident, type AuditSnapshot } from "@/lib/incidents/audit/snapshot";
import type { IncidentData } from "../schema";
import { StoredEditSchema, type PendingEditState } from "./pending-edit";

export type PendingEdit = { incidentId: number; data: IncidentData; baseVersion: number; authorId: string | null; state: PendingEditState; updatedAt: Date };

export type ProposeResult = { status: "proposed"; id: number } | { status: "not_found" } | { status: "conflict"; current: AuditSnapshot };

/** The edit waiting for review on a record, or null (none, or a stored row that cannot be read). */
export async function readPendingEdit(db: Db | Prisma.TransactionClient, incidentId: number): Promise<PendingEdit | null> {
  const row = await db.pendingEdit.findUnique({ where: { incidentId } });
  const data = readJsonColumn(StoredEditSchema, row?.data);
  if (!row || !data) return null;
  return { incidentId, data, baseVersion: row.baseVersion, authorId: row.authorId, state: row.state as PendingEditState, updatedAt: row.updatedAt };
}

/**
 * Keeps an edit of a published record for review instead of writing it (decision 024), in one
 * transaction: the version check as for any edit, the edit kept (replacing an earlier pending one,
 * which the form started from), and a History entry. The published record does not change.
 */
export function proposeEdit(
  db: Db,
  incidentId: number,
  data: IncidentData,
  { userId, expectedVersion }: { userId: string; expectedVersion?: number },
): Promise<ProposeResult> {
  return db.$transaction(async (tx): Promise<ProposeResult> => {
    const current = await snapshotIncident(tx, incidentId);
    if (!current) return { status: "not_found" };
    if (expectedVersion !== undefined && current.version !== expectedVersion) return { status: "conflict", current };
    const kept = { data: JSON.stringify(data), baseVersion: current.version, authorId: userId, state: "in_review" as const };
    await tx.pendingEdit.upsert({ where: { incidentId }, create: { incidentId, ...kept }, update: kept });
    await recordAudit(tx, { incidentId, userId, action: "propose_edit", before: null, after: null });
    return { status: "proposed", id: incidentId };
  });
}
