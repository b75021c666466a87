import { formatDay } from "@/lib/dates/format-date";
import styles from "./reported-figures.module.css";

/**
 * A report's row heading in the reported figures and facts tables: the outlet and its publication
 * day, or a dataset record's name ("ACLED PAK12345", decision 020).
 */
export function SourceRowHeader({ outlet, datasetRecord = null, publishedAt }: { outlet: string; datasetRecord?: string | null; publishedAt: string | null }) {
  return (
    <th scope="row">
      {datasetRecord ?? outlet}
      <span className={`muted ${styles.date}`}>{datasetRecord ? "dataset record" : publishedAt ? formatDay(publishedAt) : "date not known"}</span>
    </th>
  );
}

/** A cell the source says nothing in: a dash for the eye, "not stated" for a screen reader. */
export function NotStatedCell({ className }: { className?: string }) {
  return (
    <td className={className}>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">not stated</span>
    </td>
  );
}

/** "≠ differs", with the other sources' values for a screen reader. */
export function DiffersNote({ otherValues }: { otherValues: string[] }) {
  return (
    <span className={styles.differs}>
      <span aria-hidden="true">≠ </span>differs<span className="visually-hidden">: other sources say {otherValues.join(" or ")}</span>
    </span>
  );
}
