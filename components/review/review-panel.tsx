import Link from "next/link";
import { formatDateTime } from "@/lib/dates/format-date-time";
import { availableSteps, STEP_LABELS } from "@/lib/incidents/review/transitions";
import type { ReviewContext } from "@/lib/incidents/review/review-queries.server";
import type { Role } from "@/lib/auth/roles";
import type { Status } from "@/lib/taxonomy/statuses";
import { ReviewCommentsView } from "./review-comments-view";
import { ReviewStepForm } from "./review-step-form";
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

/** The review workflow on an unpublished record's page (decision 017): where it stands, the last step, and the steps this reader may take. */
export function ReviewPanel({ incident, context, reader }: Props) {
  if (incident.status === "published") return null;
  const { lastStep, changes, singleAnalystPublishing } = context;
  const isSubmitter = incident.status === "in_review" ? lastStep?.step === "submit" && lastStep.byId === reader.id : true;
  const steps = availableSteps({ from: incident.status, role: reader.role, isSubmitter, singleAnalystPublishing });
  return (
    <section aria-labelledby="review-heading" className={`card ${styles.panel}`}>
      <h2 id="review-heading">Review</h2>
      <p>{STATUS_TEXT[incident.status]}</p>
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
            {changes.sincePublishedVersion ? `Changes since published version ${changes.sincePublishedVersion}` : "Never published: the whole record is new"} (
            {changes.lines.length})
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
      {incident.status === "in_review" && steps.length === 0 ? <p className="muted">You submitted it: another analyst or an admin reviews it.</p> : null}
      <div className={styles.steps}>
        {steps.map((step) => (
          <ReviewStepForm key={step} incidentId={incident.id} version={incident.version} step={step} />
        ))}
      </div>
    </section>
  );
}
