"use client";

import { useActionState, useId } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/auth/form-message";
import { IDLE } from "@/lib/auth/form-state";
import { reviewStepAction } from "@/lib/incidents/review/review-actions";
import { COMMENT_ROWS } from "@/lib/incidents/review/review-schema";
import { COMMENT_TARGETS } from "@/lib/incidents/audit/review-comments";
import type { ReviewStep } from "@/lib/incidents/review/transitions";
import styles from "./review-panel.module.css";

const BUTTONS: Record<ReviewStep, { label: string; pending: string; className: string }> = {
  submit: { label: "Submit for review", pending: "Submitting…", className: "button" },
  publish: { label: "Publish", pending: "Publishing…", className: "button" },
  send_back: { label: "Send back with comments", pending: "Sending back…", className: "button secondary" },
  reject: { label: "Reject", pending: "Rejecting…", className: "button danger" },
};

type Props = { incidentId: number; version: number; step: ReviewStep };

/** One review step as a form: a button, and for sending back comments on fields, for rejecting a reason. */
export function ReviewStepForm({ incidentId, version, step }: Props) {
  const [state, formAction] = useActionState(reviewStepAction, IDLE);
  const id = useId();
  const errors = state.status === "error" ? state.fieldErrors : {};
  const button = BUTTONS[step];
  return (
    <form action={formAction} className={styles.stepForm} aria-label={button.label}>
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="step" value={step} />
      {step === "send_back" ? (
        <fieldset className={styles.comments}>
          <legend>Comments for the analyst</legend>
          {Array.from({ length: COMMENT_ROWS }, (_, i) => (
            <div key={i} className={styles.commentRow}>
              <label htmlFor={`${id}-field-${i}`}>Comment {i + 1} is about</label>
              <select id={`${id}-field-${i}`} name={`comments.${i}.field`} defaultValue="record">
                {Object.entries(COMMENT_TARGETS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-comment-${i}`}>Comment {i + 1}</label>
              <textarea id={`${id}-comment-${i}`} name={`comments.${i}.comment`} rows={2} />
            </div>
          ))}
          {errors.comments ? (
            <p className="field-error" role="alert">
              {errors.comments.join(" ")}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {step === "reject" ? (
        <div className={styles.commentRow}>
          <label htmlFor={`${id}-reason`}>Reason for rejecting</label>
          <textarea id={`${id}-reason`} name="reason" rows={2} aria-invalid={errors.reason ? true : undefined} />
          {errors.reason ? (
            <p className="field-error" role="alert">
              {errors.reason.join(" ")}
            </p>
          ) : null}
        </div>
      ) : null}
      <SubmitButton className={button.className} pendingLabel={button.pending}>
        {button.label}
      </SubmitButton>
      <FormMessage state={state.status === "error" && Object.keys(errors).length ? IDLE : state} />
    </form>
  );
}
