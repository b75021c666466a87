import Link from "next/link";
import { formatDateTime } from "@/lib/dates/format-date-time";
import { availableSteps, STEP_LABELS } from "@/lib/incidents/review/transitions";
import type { ReviewContext } from "@/lib/incidents/review/review-queries.server";
import type { Role } from "@/lib/auth/roles";
import type { Status } from "@/lib/taxonomy/statuses";
import { ReviewCommentsView } from "./review-comments-view";
import { ReviewStepForm } from "./review-step-form";
import { STATUS_OF_PENDING, type PendingEditState } from "@/lib/incidents/pending-edits/pending-edit";
import styles from "./review-panel.module.css";

type Props = {
  incident: { id: number; status: Status; version: number };
  context: ReviewContext;
  reader: { id: string; role: Role };
};

const STATUS_TEXT: Record<Exclude<Status, "published">, string> = {
  draft: "Draft: seen by analysts and admins only, not by the public.",
  in_review: "In review: waiting for another analyst or an admin to publish it, send it back or reject it.",
  rejected: "Rejected: not published. It can be edited and submitted again.",
};

const PENDING_TEXT: Record<PendingEditState, string> = {
  in_review:
    "An edit of this published record waits for review. Everyone else reads the record as published (below) until another analyst or an admin publishes the edit, sends it back or rejects it.",
  sent_back: "The edit of this published record was sent back: change it on the edit page, or submit it again as it is. The published record is unchanged.",
};

/**
 * The review workflow on a record's page (decision 017): where an unpublished record stands, or the
 * edit waiting beside a published one (decision 024); the last step, what changes, and the steps this
 * reader may take.
 */
export function ReviewPanel({ incident, context, reader }: Props) {
  const { lastStep, changes, singleAnalystPublishing, pendingEdit } = context;
  if (incident.status === "published" && !pendingEdit) return null;
  const from = pendingEdit ? STATUS_OF_PENDING[pendingEdit.state] : incident.status;
  const submittedBy = pendingEdit ? pendingEdit.byId : lastStep?.step === "submit" ? lastStep.byId : null;
  const isSubmitter = from === "in_review" ? submittedBy === reader.id : true;
  const steps = availableSteps({ from, role: reader.role, isSubmitter, singleAnalystPublishing });
  return (
    <section aria-labelledby="review-heading" className={`card ${styles.panel}`}>
      <h2 id="review-heading">Review</h2>
      <p>{pendingEdit ? PENDING_TEXT[pendingEdit.state] : STATUS_TEXT[incident.status as Exclude<Status, "published">]}</p>
      {pendingEdit ? (
        <p className="muted">
          Edit by {pendingEdit.by} · <time dateTime={pendingEdit.at}>{formatDateTime(pendingEdit.at)}</time>
        </p>
      ) : null}
      {lastStep ? (
        <div>
          <p className="muted">
            {STEP_LABELS[lastStep.step]} by {lastStep.by} · <time dateTime={lastStep.at}>{formatDateTime(lastStep.at)}</time>
          </p>
          {lastStep.comments ? <ReviewCommentsView comments={lastStep.comments} /> : null}
        </div>
      ) : null}
      {changes ? (
        <details open className={styles.changes}>
          <summary>
            {changes.proposed
              ? `Changes the edit makes to published version ${changes.sincePublishedVersion}`
              : changes.sincePublishedVersion
                ? `Changes since published version ${changes.sincePublishedVersion}`
                : "Never published: the whole record is new"}{" "}
            ({changes.lines.length})
          </summary>
          <ul>
            {changes.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <p>
            Check them against the <a href="#sources-heading">sources</a> and the <Link href={`/incidents/${incident.id}/history`}>History</Link>.
          </p>
        </details>
      ) : null}
      {from === "in_review" && steps.length === 0 ? <p className="muted">You submitted it: another analyst or an admin reviews it.</p> : null}
      <div className={styles.steps}>
        {steps.map((step) => (
          <ReviewStepForm key={step} incidentId={incident.id} version={incident.version} step={step} />
        ))}
      </div>
    </section>
  );
}
