import type { Db } from "@/lib/create-db";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { recordToInput } from "@/lib/incidents/record/record-to-input";
import { replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { toFieldErrors, type FieldErrors } from "@/lib/validation/field-errors";
import { auditedWrite } from "../audit/audited-write";
import { findVersionSnapshot } from "../audit/version-snapshot";
import type { AuditSnapshot } from "../audit/snapshot";
import { readAtlasSettings } from "@/lib/settings/atlas-settings";
import { editNeedsReview } from "../pending-edits/pending-edit";
import { proposeEdit } from "../pending-edits/pending-edits";

export type RestoreVersionResult =
  | { status: "restored"; version: number }
  /** A published record's restore, kept for review like any edit of it (decision 024). */
  | { status: "proposed" }
  | { status: "not_found" }
  | { status: "conflict"; current: AuditSnapshot }
  | { status: "invalid"; fieldErrors: FieldErrors };

type Options = { incidentId: number; version: number; userId: string | null; expectedVersion?: number };

/**
 * Brings back an earlier version of a live incident as a new version, recorded as a "restore". The
 * old version is validated by today's rules first: if they have tightened since, it is refused with
 * the reasons rather than written half-valid. On a published record it is an edit like any other: it
 * waits for review unless single-analyst publishing is on (decision 024).
 */
export async function restoreVersion(db: Db, { incidentId, version, userId, expectedVersion }: Options): Promise<RestoreVersionResult> {
  const snapshot = await findVersionSnapshot(db, incidentId, version);
  if (!snapshot) return { status: "not_found" };
  const parsed = IncidentInputSchema.safeParse(recordToInput(snapshot));
  if (!parsed.success) return { status: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const live = await db.incident.findFirst({ where: { id: incidentId, deletedAt: null }, select: { status: true } });
  if (!live) return { status: "not_found" };
  if (userId !== null && editNeedsReview(live.status, { userId, ...(await readAtlasSettings(db)) })) {
    const proposed = await proposeEdit(db, incidentId, parsed.data, { userId, expectedVersion });
    return proposed.status === "proposed" ? { status: "proposed" } : proposed;
  }
  const result = await auditedWrite(db, { userId, action: "restore", incidentId, expectedVersion, restoredVersion: version }, async (tx) =>
    (await replaceIncidentIn(tx, incidentId, parsed.data, { externalId: snapshot.externalId })) ? incidentId : null,
  );
  if (result.status !== "saved") return result;
  return { status: "restored", version: result.after!.version };
}
