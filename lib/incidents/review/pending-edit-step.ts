import type { Prisma } from "@/generated/prisma/client";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { auditedWriteIn } from "@/lib/incidents/audit/audited-write";
import { recordAudit } from "@/lib/incidents/audit/record-audit";
import { snapshotIncident } from "@/lib/incidents/audit/snapshot";
import { readAtlasSettings } from "@/lib/settings/atlas-settings";
import { IncidentInputSchema } from "../schema";
import { replaceIncidentIn } from "../write/write-incident";
import { checkStep } from "./transitions";
import { PENDING_AFTER_STEP, STATUS_OF_PENDING } from "../pending-edits/pending-edit";
import type { PendingEdit } from "../pending-edits/pending-edits";
import type { ReviewStepRequest, ReviewStepResult } from "./review-step-types";

/**
 * A review step on the edit waiting beside a published record (decision 024), inside the caller's
 * transaction, by the same rules as a new record: its author may not publish, send back or reject it
 * unless single-analyst publishing is on. Publishing writes the edit as its author's change (History:
 * "Edited" by them, then "Published" by the reviewer); it is refused when the record changed since
 * the edit was made, so no one's change is silently undone. Rejecting discards the edit.
 */
export async function takePendingEditStep(
  tx: Prisma.TransactionClient,
  pending: PendingEdit,
  { incidentId, step, user, comments = null }: ReviewStepRequest,
  currentVersion: number,
): Promise<ReviewStepResult> {
  const { singleAnalystPublishing } = await readAtlasSettings(tx);
  const from = STATUS_OF_PENDING[pending.state];
  const isSubmitter = pending.state === "in_review" ? pending.authorId === user.id : true;
  const check = checkStep({ step, from, role: user.role, isSubmitter, singleAnalystPublishing });
  if (!check.ok) return { status: "refused", reason: check.reason.replace(/^A record that is /, "An edit that is ") };
  if (step === "publish") {
    if (pending.baseVersion !== currentVersion) {
      return {
        status: "refused",
        reason: `The record changed after this edit was made (version ${pending.baseVersion}, now ${currentVersion}): edit the record again so the change is made on the current version.`,
      };
    }
    const parsed = IncidentInputSchema.safeParse({ ...pending.data, status: "published" });
    if (!parsed.success) return { status: "invalid", fieldErrors: toFieldErrors(parsed.error) };
    const written = await auditedWriteIn(tx, { userId: pending.authorId, action: "update", incidentId }, async (t) =>
      (await replaceIncidentIn(t, incidentId, parsed.data)) ? incidentId : null,
    );
    if (written.status !== "saved") return { status: "not_found" };
  }
  const next = PENDING_AFTER_STEP[step];
  if (next === null) await tx.pendingEdit.delete({ where: { incidentId } });
  else await tx.pendingEdit.update({ where: { incidentId }, data: { state: next } });
  const after = await snapshotIncident(tx, incidentId);
  // The publish step carries the record as published (the next review's diff starts from it), as
  // before and after alike: the change itself is the author's "update" entry just written.
  const published = step === "publish" ? after : null;
  await recordAudit(tx, { incidentId, userId: user.id, action: step, before: published, after: published, comments });
  return { status: "done", to: "published", version: after!.version };
}
