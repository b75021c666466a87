import { STATUSES, type Status } from "@/lib/taxonomy/statuses";
import styles from "./status-badge.module.css";

/**
 * " Draft", " In review" or " Rejected" after an incident's title wherever it is listed or shown;
 * nothing for a published one (only analysts and admins ever see the others: decision 017).
 */
export function StatusBadge({ status }: { status: Status }) {
  if (status === "published") return null;
  return (
    <>
      {" "}
      <span className={`badge ${styles[status]}`}>{STATUSES[status]}</span>
    </>
  );
}
