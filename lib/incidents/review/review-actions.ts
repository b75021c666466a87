"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db.server";
import { authorizeAction } from "@/lib/auth/authorize.server";
import { formError, type AuthFormState } from "@/lib/auth/form-state";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { takeReviewStep, type ReviewStepResult } from "./review-step";
import { BulkPublishSchema, bulkPublishInput, ReviewStepFormSchema, reviewStepInput } from "./review-schema";
import { STEP_LABELS } from "./transitions";
import { describeStepResult } from "./describe-step-result";
import type { BulkPublishState } from "./bulk-publish-state";

function revalidateReviewViews(id: number) {
  for (const path of ["/", "/incidents", "/trends", "/review", `/incidents/${id}`, `/incidents/${id}/history`]) revalidatePath(path);
}

/** One review step on a record's page: submit, publish, send back with comments, or reject with a reason. */
export async function reviewStepAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const allowed = await authorizeAction("incident:review");
  if (!allowed.ok) return formError(allowed.denial.message);
  const parsed = ReviewStepFormSchema.safeParse(reviewStepInput(formData));
  if (!parsed.success) return formError("Check the review form.", {}, toFieldErrors(parsed.error));
  const { incidentId, version, step, reason, comments } = parsed.data;
  const result: ReviewStepResult = await takeReviewStep(db, {
    incidentId,
    step,
    user: allowed.user,
    expectedVersion: version,
    comments: reason || comments.length ? { reason, fields: comments } : null,
  });
  if (result.status !== "done") return formError(describeStepResult(result));
  revalidateReviewViews(incidentId);
  return { status: "done", message: `${STEP_LABELS[step]}.` };
}

/** Publishes the ticked records of the review queue, each with the same checks as on its page; reports each. */
export async function bulkPublishAction(_prev: BulkPublishState, formData: FormData): Promise<BulkPublishState> {
  const allowed = await authorizeAction("incident:review");
  if (!allowed.ok) return { status: "error", message: allowed.denial.message };
  const parsed = BulkPublishSchema.safeParse(bulkPublishInput(formData));
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "Tick the records to publish" };
  const outcomes: Extract<BulkPublishState, { status: "done" }>["outcomes"] = [];
  // The report names each record: a published one has left the queue whose titles the page holds.
  const ids = parsed.data.items.map((i) => i.incidentId);
  const titles = new Map(
    (await db.incident.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true, title: true } })).map((i) => [i.id, i.title]),
  );
  // One transaction per record: a record that fails its checks stays in review, the others publish.
  for (const { incidentId, version } of parsed.data.items) {
    const result = await takeReviewStep(db, { incidentId, step: "publish", user: allowed.user, expectedVersion: version });
    const title = titles.get(incidentId) ?? `Incident ${incidentId}`;
    outcomes.push({ incidentId, title, published: result.status === "done", message: result.status === "done" ? "Published" : describeStepResult(result) });
    if (result.status === "done") revalidateReviewViews(incidentId);
  }
  revalidatePath("/review");
  return { status: "done", outcomes };
}
