import type { Db } from "@/lib/create-db";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { auditedWriteIn } from "@/lib/incidents/audit/audited-write";
import { snapshotIncident } from "@/lib/incidents/audit/snapshot";
import { readAtlasSettings } from "@/lib/settings/atlas-settings";
import { IncidentInputSchema } from "../schema";
import { recordToInput } from "../record/record-to-input";
import { checkStep } from "./transitions";
import { readPendingEdit } from "../pending-edits/pending-edits";
import { takePendingEditStep } from "./pending-edit-step";
import type { ReviewStepRequest, ReviewStepResult } from "./review-step-types";

export type { ReviewStepRequest, ReviewStepResult };

/**
 * Takes one review step on one record, in one transaction: reads its status, who submitted it and the
 * settings, checks the step (transitions.ts), for publishing checks the record against the rules for a
 * published one, then changes the status (a new version) and records the step with its comments in
 * History. On a published record the steps are those of the edit waiting beside it (pending-edit-step.ts).
 * Bulk publishing calls this once per record, so each gets the same checks.
 */
export function takeReviewStep(db: Db, { incidentId, step, user, expectedVersion, comments = null }: ReviewStepRequest): Promise<ReviewStepResult> {
  return db.$transaction(async (tx): Promise<ReviewStepResult> => {
    const incident = await tx.incident.findFirst({ where: { id: incidentId, deletedAt: null }, select: { status: true, version: true } });
    if (!incident) return { status: "not_found" };
    if (expectedVersion !== undefined && incident.version !== expectedVersion) return { status: "conflict", version: incident.version };
    const pending = incident.status === "published" ? await readPendingEdit(tx, incidentId) : null;
    if (pending) return takePendingEditStep(tx, pending, { incidentId, step, user, expectedVersion, comments }, incident.version);
    const submitted = await tx.auditEvent.findFirst({ where: { incidentId, action: "submit" }, orderBy: { id: "desc" }, select: { userId: true } });
    // A draft published straight away (single-analyst publishing) is its author's own decision.
    const isSubmitter = incident.status === "in_review" ? submitted?.userId === user.id : true;
    const { singleAnalystPublishing } = await readAtlasSettings(tx);
    const check = checkStep({ step, from: incident.status, role: user.role, isSubmitter, singleAnalystPublishing });
    if (!check.ok) return { status: "refused", reason: check.reason };
    if (step === "publish") {
      const record = await snapshotIncident(tx, incidentId);
      const parsed = IncidentInputSchema.safeParse({ ...recordToInput(record!), status: "published" });
      if (!parsed.success) return { status: "invalid", fieldErrors: toFieldErrors(parsed.error) };
    }
    const result = await auditedWriteIn(tx, { userId: user.id, action: step, incidentId, comments }, async (t) => {
      const { count } = await t.incident.updateMany({ where: { id: incidentId, deletedAt: null }, data: { status: check.to, version: { increment: 1 } } });
      return count ? incidentId : null;
    });
    if (result.status !== "saved") return { status: "not_found" };
    return { status: "done", to: check.to, version: result.after!.version };
  });
}
