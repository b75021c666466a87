import type { Prisma } from "@/generated/prisma/client";
import type { AuditSnapshot } from "./snapshot";

export const AUDIT_ACTIONS = ["create", "update", "delete", "restore"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  incidentId: number;
  /** Null for changes no signed-in user made (seed, imports run from the command line). */
  userId: string | null;
  action: AuditAction;
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
  /** For a restore of an earlier version: the version brought back. */
  restoredVersion?: number | null;
};

/** Writes one audit event inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      incidentId: entry.incidentId,
      userId: entry.userId,
      action: entry.action,
      before: entry.before ? JSON.stringify(entry.before) : null,
      after: entry.after ? JSON.stringify(entry.after) : null,
      fromVersion: entry.before?.version ?? null,
      toVersion: entry.after?.version ?? null,
      restoredVersion: entry.restoredVersion ?? null,
    },
  });
}
