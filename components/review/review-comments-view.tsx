import { COMMENT_TARGETS, type ReviewComments } from "@/lib/incidents/audit/review-comments";
import styles from "./review-comments-view.module.css";

/** A review step's reason and comments on fields, in History and on the record sent back. */
export function ReviewCommentsView({ comments }: { comments: ReviewComments }) {
  return (
    <div className={styles.comments}>
      {comments.reason ? (
        <p>
          <strong>Reason:</strong> {comments.reason}
        </p>
      ) : null}
      {comments.fields.length > 0 ? (
        <dl>
          {comments.fields.map((c, i) => (
            <div key={i}>
              <dt>{COMMENT_TARGETS[c.field] ?? c.field}</dt>
              <dd>{c.comment}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
