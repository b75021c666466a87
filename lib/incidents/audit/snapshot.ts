import type { Prisma } from "@/generated/prisma/client";
import { incidentRecordSelect, toIncidentRecord, type IncidentRecord } from "@/lib/incidents/record/record";
import { recordToInput } from "@/lib/incidents/record/record-to-input";
import type { DiffableIncident } from "./diffable";

/** What an audit event stores before and after a change: the full record, as the API returns it. */
export type AuditSnapshot = IncidentRecord;

/** The incident as it stands inside a transaction (in the trash or not), or null. */
export async function snapshotIncident(tx: Prisma.TransactionClient, id: number): Promise<AuditSnapshot | null> {
  const row = await tx.incident.findUnique({ where: { id }, select: incidentRecordSelect });
  return row ? toIncidentRecord(row) : null;
}

export function parseSnapshot(json: string | null): AuditSnapshot | null {
  return json ? (JSON.parse(json) as AuditSnapshot) : null;
}

/** A stored snapshot in the shape the diff and the version check compare. */
export function snapshotToDiffable(snapshot: AuditSnapshot | null): DiffableIncident | null {
  return snapshot ? recordToInput(snapshot) : null;
}
