import type { Db } from "@/lib/create-db";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { recordToInput } from "@/lib/incidents/record/record-to-input";
import { replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { toFieldErrors, type FieldErrors } from "@/lib/validation/field-errors";
import { auditedWrite } from "../audit/audited-write";
import { findVersionSnapshot } from "../audit/version-snapshot";
import type { AuditSnapshot } from "../audit/snapshot";

export type RestoreVersionResult =
  | { status: "restored"; version: number }
  | { status: "not_found" }
  | { status: "conflict"; current: AuditSnapshot }
  | { status: "invalid"; fieldErrors: FieldErrors };

type Options = { incidentId: number; version: number; userId: string | null; expectedVersion?: number };

/**
 * Brings back an earlier version of a live incident as a new version, recorded as a "restore". The
 * old version is validated by today's rules first: if they have tightened since, it is refused with
 * the reasons rather than written half-valid.
 */
export async function restoreVersion(db: Db, { incidentId, version, userId, expectedVersion }: Options): Promise<RestoreVersionResult> {
  const snapshot = await findVersionSnapshot(db, incidentId, version);
  if (!snapshot) return { status: "not_found" };
  const parsed = IncidentInputSchema.safeParse(recordToInput(snapshot));
  if (!parsed.success) return { status: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const result = await auditedWrite(db, { userId, action: "restore", incidentId, expectedVersion, restoredVersion: version }, async (tx) =>
    (await replaceIncidentIn(tx, incidentId, parsed.data, { externalId: snapshot.externalId })) ? incidentId : null,
  );
  if (result.status !== "saved") return result;
  return { status: "restored", version: result.after!.version };
}
