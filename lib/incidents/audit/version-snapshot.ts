import type { Db } from "@/lib/create-db";
import { parseSnapshot, type AuditSnapshot } from "./snapshot";

/** The incident as it was at `version`, from the audit event that produced it; null when unrecorded. */
export async function findVersionSnapshot(db: Db, incidentId: number, version: number): Promise<AuditSnapshot | null> {
  const event = await db.auditEvent.findFirst({
    where: { incidentId, toVersion: version, after: { not: null } },
    orderBy: { id: "desc" },
    select: { after: true },
  });
  return parseSnapshot(event?.after ?? null);
}
