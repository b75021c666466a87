import { formatDay } from "@/lib/dates/format-date";
import type { IncidentRecord } from "@/lib/incidents/record/record";
import styles from "./archived-copy-line.module.css";

type ArchivedCopy = NonNullable<IncidentRecord["sources"][number]["archivedCopy"]>;

/** That Atlas holds the article's text, when it was captured, and its SHA-256 (shortened on screen, copied whole). */
export function ArchivedCopyLine({ copy }: { copy: ArchivedCopy }) {
  return (
    <div className="muted">
      Archived copy{copy.capturedAt ? ` · captured ${formatDay(copy.capturedAt.slice(0, 10))}` : ""} · SHA-256{" "}
      <code className={styles.hash} title={copy.sha256}>
        {copy.sha256}
      </code>
    </div>
  );
}
