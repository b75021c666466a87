import type { ReactNode } from "react";
import { describeAction, type HistoryEntry } from "@/lib/incidents/audit/history";
import { formatDateTime } from "@/lib/dates/format-date-time";
import { describeImportOrigin } from "@/lib/incidents/audit/import-origin";
import { WhyLink } from "./why-link";
import styles from "./history-list.module.css";
import { ReviewCommentsView } from "@/components/review/review-comments-view";

type Props = {
  entries: HistoryEntry[];
  /** The restore control for an entry, when the viewer may restore (analysts and admins). */
  restoreControl?: (entry: HistoryEntry) => ReactNode;
  /** The incident, when it is live: a change to a sourced value links to the reports behind its current value. */
  incidentId?: number;
};

/** An incident's recorded changes, newest first: who, when, and each change in plain words. */
export function HistoryList({ entries, restoreControl, incidentId }: Props) {
  if (entries.length === 0) return <p className="muted">No changes have been recorded for this incident yet.</p>;
  return (
    <ol className={styles.historyList}>
      {entries.map((entry) => (
        <li key={entry.id} className={`${styles.historyEntry} card`} aria-labelledby={`history-${entry.id}`}>
          <h2 id={`history-${entry.id}`}>
            {describeAction(entry)}
            {entry.toVersion ? <span className="muted"> · version {entry.toVersion}</span> : null}
          </h2>
          <p className="muted">
            {entry.editor}
            {entry.editorNow ? ` (now ${entry.editorNow})` : ""} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          </p>
          {entry.importOrigin ? <p>Imported {describeImportOrigin(entry.importOrigin)}</p> : null}
          {entry.changes.length > 0 ? (
            <ul className={styles.historyChanges}>
              {entry.changes.map((change, i) => (
                <li key={i}>
                  {change}
                  {incidentId !== undefined && entry.whyFields[i] ? (
                    <>
                      {" "}
                      <WhyLink incidentId={incidentId} field={entry.whyFields[i]!} label={`${change.split(":")[0]} now`}>
                        sources now
                      </WhyLink>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {entry.comments ? <ReviewCommentsView comments={entry.comments} /> : null}
          {entry.restorable && restoreControl ? restoreControl(entry) : null}
        </li>
      ))}
    </ol>
  );
}
