import type { Db } from "@/lib/create-db";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit, type AuditAction } from "./record-audit";
import { snapshotIncident, type AuditSnapshot } from "./snapshot";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { ReviewComments } from "./review-comments";
import type { LinkAudit } from "./link-audit";

export type AuditedWriteOptions = {
  userId: string | null;
  action: AuditAction;
  /** The incident changed; omitted for a create (the write returns the new id). */
  incidentId?: number;
  /** The version the analyst edited; a different current version refuses the write. */
  expectedVersion?: number;
  restoredVersion?: number;
  /** A review step's reason and comments on fields. */
  comments?: ReviewComments | null;
  /** For a merge of same-event records: the other record (link-audit.ts). */
  link?: LinkAudit | null;
};

export type AuditedWriteResult =
  | { status: "saved"; id: number; before: AuditSnapshot | null; after: AuditSnapshot | null }
  | { status: "not_found" }
  | { status: "conflict"; current: AuditSnapshot };

/**
 * Runs a write and records it, in one transaction: snapshot before, version check, the write (which
 * returns the incident id, or null when there was nothing to change), snapshot after, audit event.
 * On SQLite the app keeps one connection, so no other save can slip between the check and the write;
 * on PostgreSQL, where other connections and other app servers write too, the incident's row is
 * locked first (decision 029, amendment on several app servers).
 */
export function auditedWrite(
  db: Db,
  options: AuditedWriteOptions,
  write: (tx: Prisma.TransactionClient) => Promise<number | null>,
): Promise<AuditedWriteResult> {
  return db.$transaction((tx) => auditedWriteIn(tx, options, write));
}

export async function auditedWriteIn(
  tx: Prisma.TransactionClient,
  { userId, action, incidentId, expectedVersion, restoredVersion, comments, link }: AuditedWriteOptions,
  write: (tx: Prisma.TransactionClient) => Promise<number | null>,
): Promise<AuditedWriteResult> {
  const lock = incidentId === undefined ? null : dialectOf(tx).lockIncidentRow(incidentId);
  if (lock) await tx.$queryRaw(lock);
  const before = incidentId === undefined ? null : await snapshotIncident(tx, incidentId);
  if (incidentId !== undefined && !before) return { status: "not_found" };
  if (before && expectedVersion !== undefined && before.version !== expectedVersion) return { status: "conflict", current: before };
  const id = await write(tx);
  if (id === null) return { status: "not_found" };
  const after = action === "delete" ? null : await snapshotIncident(tx, id);
  await recordAudit(tx, { incidentId: id, userId, action, before, after, restoredVersion, comments, link });
  return { status: "saved", id, before, after };
}
