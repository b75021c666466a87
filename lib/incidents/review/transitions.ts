import { can, type Role } from "@/lib/auth/roles";
import type { Status } from "@/lib/taxonomy/statuses";
import { REVIEW_ACTION_LABELS, REVIEW_ACTIONS } from "@/lib/incidents/audit/record-audit";

/**
 * The review workflow as data (docs/decisions/017-review-before-publishing.md): which step moves a
 * record from which status to which, and who may take it. Pure, so the pages (which buttons to show),
 * the server actions (what to refuse) and the tests read the same rules.
 */
export const REVIEW_STEPS = REVIEW_ACTIONS;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

export const STEP_TO: Record<ReviewStep, Status> = { submit: "in_review", publish: "published", send_back: "draft", reject: "rejected" };

/** Where each step may start. Publishing straight from a draft needs single-analyst publishing. */
export const STEP_FROM: Record<ReviewStep, readonly Status[]> = {
  submit: ["draft", "rejected"],
  publish: ["in_review", "draft"],
  send_back: ["in_review"],
  reject: ["in_review"],
};

export const STEP_LABELS = REVIEW_ACTION_LABELS;

export type StepContext = {
  step: ReviewStep;
  /** The record's status now. */
  from: Status;
  /** The role of who takes the step; null when signed out. */
  role: Role | null | undefined;
  /** Whether who takes the step submitted the record for review (or, for a draft, is taking it alone). */
  isSubmitter: boolean;
  /** The admin setting that lets an analyst publish their own record. */
  singleAnalystPublishing: boolean;
};

export type StepCheck = { ok: true; to: Status } | { ok: false; reason: string };

/** Whether this step may be taken now, by this person; the reason when not. */
export function checkStep({ step, from, role, isSubmitter, singleAnalystPublishing }: StepContext): StepCheck {
  if (!can(role, "incident:review")) return { ok: false, reason: "Only analysts and admins take part in review." };
  if (!STEP_FROM[step].includes(from)) return { ok: false, reason: `A record that is ${from.replace("_", " ")} cannot be ${STEP_LABELS[step].toLowerCase()}.` };
  if (step === "submit") return { ok: true, to: STEP_TO[step] };
  if (step === "publish" && from === "draft" && !singleAnalystPublishing) {
    return { ok: false, reason: "Submit the record for review first: another analyst or an admin publishes it." };
  }
  // Publishing, sending back and rejecting are a second person's decision, unless the admins allow
  // single-analyst publishing (then the submitter may also decide on their own record).
  if (isSubmitter && !singleAnalystPublishing) return { ok: false, reason: "Another analyst or an admin reviews what you submitted." };
  return { ok: true, to: STEP_TO[step] };
}

/** The steps a person may take on a record now, for the buttons a page shows. */
export function availableSteps(context: Omit<StepContext, "step">): ReviewStep[] {
  return REVIEW_STEPS.filter((step) => checkStep({ ...context, step }).ok);
}

/** Whether a reader with this role may see a record with this status at all (else: 404). */
export function mayReadStatus(status: Status, role: Role | null | undefined): boolean {
  return status === "published" || can(role, "incident:unpublished");
}
