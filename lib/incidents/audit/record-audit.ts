import { importOriginToColumn, type ImportOrigin } from "./import-origin";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditSnapshot } from "./snapshot";
import type { ReviewComments } from "./review-comments";
import type { LinkAudit } from "./link-audit";

/** The review steps (lib/incidents/review/transitions.ts says who may take which), as History records them. */
export const REVIEW_ACTIONS = ["submit", "publish", "send_back", "reject"] as const;
export const REVIEW_ACTION_LABELS: Record<(typeof REVIEW_ACTIONS)[number], string> = {
  submit: "Submitted for review",
  publish: "Published",
  send_back: "Sent back",
  reject: "Rejected",
};

/**
 * Changes to the record, then the review steps, then links to other records made or removed and a
 * same-event record merged into this one (decision 021), then an edit of a published record put
 * forward for review (decision 024: the record itself does not change until the edit is published).
 */
export const AUDIT_ACTIONS = ["create", "update", "delete", "restore", ...REVIEW_ACTIONS, "link", "unlink", "merge", "propose_edit"] as const;
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
  /** A review step's reason and comments on fields. */
  comments?: ReviewComments | null;
  /** For a link or unlink: the other record, as link-audit.ts stores it. */
  link?: LinkAudit | null;
  /** For a version written by an import: the file, line and outside id it came from. */
  origin?: ImportOrigin | null;
};

/**
 * Writes one audit event inside the caller's transaction, so the change and its record commit together.
 * The user's name is stored with it: History shows who did it as they were named then.
 */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  const user = entry.userId ? await tx.user.findUnique({ where: { id: entry.userId }, select: { name: true } }) : null;
  await tx.auditEvent.create({
    data: {
      incidentId: entry.incidentId,
      userId: entry.userId,
      userName: user?.name ?? null,
      action: entry.action,
      before: entry.before ? JSON.stringify(entry.before) : null,
      after: entry.after ? JSON.stringify(entry.after) : null,
      fromVersion: entry.before?.version ?? null,
      toVersion: entry.after?.version ?? null,
      restoredVersion: entry.restoredVersion ?? null,
      comments: entry.comments ? JSON.stringify(entry.comments) : null,
      link: entry.link ? JSON.stringify(entry.link) : null,
      importOrigin: importOriginToColumn(entry.origin ?? null),
    },
  });
}
