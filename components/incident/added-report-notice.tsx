import Link from "next/link";
import type { IncidentRecord } from "@/lib/incidents/record/record";
import { reportAgainstRecord } from "@/lib/sources/report/report-against-record";
import { formatNumber } from "@/lib/format/intl";
import styles from "./added-report-notice.module.css";

type Props = { incident: IncidentRecord; sourceId: number };

/**
 * Shown once a source was added from New from article: what its report says against the record's
 * coded figures. Nothing was overwritten; the analyst decides, by editing, which figure to keep.
 */
export function AddedReportNotice({ incident, sourceId }: Props) {
  const source = incident.sources.find((s) => s.id === sourceId);
  if (!source) return null;
  const stated = Object.keys(source.report.figures).length;
  const differences = reportAgainstRecord(source.report.figures, incident);
  return (
    <section className={`notice ${styles.notice}`} aria-labelledby="added-report-heading">
      <h2 id="added-report-heading" className={styles.heading}>
        {source.outlet}&apos;s report was added
      </h2>
      {stated === 0 ? (
        <p>It states no casualty figures.</p>
      ) : differences.length === 0 ? (
        <p>Its figures agree with this record&apos;s.</p>
      ) : (
        <>
          <p>It differs from this record&apos;s figures, which were not changed:</p>
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
