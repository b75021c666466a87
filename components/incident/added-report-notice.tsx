import Link from "next/link";
import { useId } from "react";
import type { IncidentRecord } from "@/lib/incidents/record/record";
import type { ReportedFigures } from "@/lib/sources/report/report-schema";
import { reportAgainstRecord } from "@/lib/sources/report/report-against-record";
import { formatNumber } from "@/lib/format/intl";
import styles from "./added-report-notice.module.css";

type Props = {
  incident: IncidentRecord;
  source: { outlet: string; report: { figures: ReportedFigures } };
  /** The source is part of an edit of the published record that waits for review (decision 024). */
  waitsForReview?: boolean;
};

/**
 * Shown once a source was added from New from article: what its report says against the record's
 * coded figures. Nothing was overwritten; the analyst decides, by editing, which figure to keep. On a
 * published record the source waits for review with the edit that adds it (decision 024).
 */
export function AddedReportNotice({ incident, source, waitsForReview = false }: Props) {
  const headingId = useId();
  const stated = Object.keys(source.report.figures).length;
  const differences = reportAgainstRecord(source.report.figures, incident);
  return (
    <section className={`notice ${styles.notice}`} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {source.outlet}&apos;s report {waitsForReview ? "waits for review with your edit" : "was added"}
      </h2>
      {stated === 0 ? (
        <p>It states no casualty figures.</p>
      ) : differences.length === 0 ? (
        <p>Its figures agree with this record&apos;s.</p>
      ) : (
        <>
          <p>It differs from this {waitsForReview ? "published " : ""}record&apos;s figures, which were not changed:</p>
          <ul>
            {differences.map((d) => (
              <li key={d.path}>
                {d.label}: this source says <strong>{formatNumber(d.reported)}</strong>, the record{" "}
                {d.recorded === null ? "has no figure" : <>says {formatNumber(d.recorded)}</>}.
              </li>
            ))}
          </ul>
          <p>
            <Link href={`/incidents/${incident.id}/edit`}>Edit the incident</Link> to change a figure; the reported figures below set the sources side by side.
          </p>
        </>
      )}
    </section>
  );
}
