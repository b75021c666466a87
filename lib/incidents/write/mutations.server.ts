import "server-only";
import { db } from "@/lib/db.server";
import { auditedWrite, type AuditedWriteResult } from "@/lib/incidents/audit/audited-write";
import { createIncidentIn, replaceIncidentIn } from "./write-incident";
import type { IncidentData } from "../schema";
import type { Status } from "@/lib/taxonomy/statuses";

/**
 * Every write here is recorded (who, when, before/after) and, for edits, checked against the version
 * the analyst started from, in one transaction (docs/auth-wiring.md, decision 005). `userId` null is
 * the seed or a script run on the server, shown as "System".
 */
export type WriteActor = { userId: string | null };

/** Creates an incident with its sources, actors and claims; returns its id. */
export async function createIncident(data: IncidentData, { userId }: WriteActor): Promise<number> {
  const result = await auditedWrite(db, { userId, action: "create" }, (tx) => createIncidentIn(tx, data));
  if (result.status !== "saved") throw new Error(`Creating an incident returned ${result.status}`);
  return result.id;
}

/** Replaces a live incident's fields, sources, actors and claims; refused when `expectedVersion` is stale. */
export function updateIncident(
  id: number,
  data: IncidentData,
  { userId, expectedVersion }: WriteActor & { expectedVersion?: number },
): Promise<AuditedWriteResult> {
  return auditedWrite(db, { userId, action: "update", incidentId: id, expectedVersion }, async (tx) => ((await replaceIncidentIn(tx, id, data)) ? id : null));
}

/** A live incident's status, or null when there is none (or it is in the trash). */
export async function liveIncidentStatus(id: number): Promise<Status | null> {
  return (await db.incident.findFirst({ where: { id, deletedAt: null }, select: { status: true } }))?.status ?? null;
}

/** Moves a live incident to the trash; false when there is none. Nothing is erased. */
export async function deleteIncident(id: number, { userId }: WriteActor): Promise<boolean> {
  const result = await auditedWrite(db, { userId, action: "delete", incidentId: id }, async (tx) => {
    const { count } = await tx.incident.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: new Date() } });
    return count ? id : null;
  });
  return result.status === "saved";
}

/** Brings an incident back from the trash; false when it is not there. */
export async function restoreIncident(id: number, { userId }: WriteActor): Promise<boolean> {
  const result = await auditedWrite(db, { userId, action: "restore", incidentId: id }, async (tx) => {
    const { count } = await tx.incident.updateMany({ where: { id, deletedAt: { not: null } }, data: { deletedAt: null } });
    return count ? id : null;
  });
  return result.status === "saved";
}
