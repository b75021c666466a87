"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { bulkPublishAction } from "@/lib/incidents/review/review-actions";
import type { BulkPublishState } from "@/lib/incidents/review/bulk-publish-state";
import type { QueueItem } from "@/lib/incidents/review/review-queries.server";
import { formatDateTime } from "@/lib/dates/format-date-time";
import styles from "./review-queue.module.css";

const IDLE: BulkPublishState = { status: "idle" };

/** The records waiting for review, oldest submitted first, with boxes to publish several at once. */
export function ReviewQueue({ items }: { items: QueueItem[] }) {
  const [state, formAction] = useActionState(bulkPublishAction, IDLE);
  return (
    <form action={formAction}>
      {state.status === "error" ? (
        <p className="notice error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === "done" ? (
        <div className="notice" role="status">
          <p>
            {state.outcomes.filter((o) => o.published).length} of {state.outcomes.length} published.
          </p>
          <ul>
            {state.outcomes.map((o) => (
              <li key={o.incidentId}>
                <Link href={`/incidents/${o.incidentId}`}>{o.title}</Link>: {o.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="table-wrap">
        <table className={styles.queue}>
          <caption className="muted">Tick records to publish them together; each is checked as it would be on its page.</caption>
          <thead>
            <tr>
              <th scope="col">Publish</th>
              <th scope="col">Record</th>
              <th scope="col">Submitted</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>
                  <input
                    type="checkbox"
                    name="item"
                    value={`${item.id}:${item.version}`}
                    aria-label={`Publish ${item.kind === "edit" ? "the edit of " : ""}${item.title}`}
                  />
                </td>
                <td>
                  <Link href={`/incidents/${item.id}`}>{item.title}</Link>
                  {item.kind === "edit" ? <span className={styles.editTag}>Edit of a published record</span> : null}
                  <span className="muted">
                    {" "}
                    · {item.eventDate}
                    {item.province ? ` · ${item.province}` : ""}
                  </span>
                </td>
                <td>
                  <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt)}</time>
                </td>
                <td>{item.submittedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <SubmitButton pendingLabel="Publishing…">Publish selected</SubmitButton>
      </p>
    </form>
  );
}
