import type { IncidentRecord } from "@/lib/incidents/record/record";
import { reportedFiguresTable, type ReportedCell } from "@/lib/sources/report/report-differences";
import { sharedOrigins } from "@/lib/sources/report/shared-origin";
import { DiffersNote, NotStatedCell, SourceRowHeader } from "./report-table-parts";
import { formatNumber } from "@/lib/format/intl";
import type { CodedFigures } from "@/lib/sources/coding/coded-figures";
import { sourceRef } from "@/lib/sources/schema";
import styles from "./reported-figures.module.css";
import listStyles from "./record-lists.module.css";

type Source = IncidentRecord["sources"][number];

/** A figure as a source states it: its quote one click or keypress away, a difference said in words. */
function FigureCell({ cell, label, isBest }: { cell: ReportedCell; label: string; isBest: boolean }) {
  if (!cell) return <NotStatedCell className="num" />;
  const differs = cell.differs ? <DiffersNote otherValues={cell.otherValues.map(formatNumber)} /> : null;
  return (
    <td className={cell.differs ? `num ${styles.differsCell}` : "num"}>
      {cell.quote ? (
        <details className={styles.quote}>
          <summary>
            {formatNumber(cell.value)}
            <span className="visually-hidden"> {label}: show the quote</span>
          </summary>
          <blockquote className={listStyles.statement}>{cell.quote}</blockquote>
        </details>
      ) : (
        formatNumber(cell.value)
      )}
      {differs}
      {isBest ? <span className={styles.best}>coded best</span> : null}
    </td>
  );
}

/**
 * What each source says, side by side (issue #13): one row per source, a column per figure some source
 * states; a figure another source gives differently is marked "differs", the one the coded value rests
 * on "coded best"; figures that every source attributes to the same originator are noted as one origin.
 */
export function ReportedFigures({ sources, coded }: { sources: Source[]; coded: CodedFigures }) {
  const table = reportedFiguresTable(sources);
  if (table.rows.length === 0) return <p className="muted">No source&rsquo;s figures are entered yet. Edit the incident to add what each source reports.</p>;
  const oneOrigin = sharedOrigins(table);
  return (
    <>
      {oneOrigin.map((o) => (
        <p key={o.labels.join()} className="notice">
          <strong>One origin, not independent confirmation.</strong> {o.labels.join(", ")}: all {o.sourceCount} sources cite {o.originator}.
        </p>
      ))}
      <div className="table-wrap">
        <table className={`data ${styles.table}`}>
          <caption className="visually-hidden">Figures as each source reports them; a figure marked differs is given differently by another source</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Attributed to</th>
              {table.fields.map((f) => (
                <th key={f.path} scope="col" className="num">
                  {f.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.id}>
                <SourceRowHeader outlet={r.outlet} datasetRecord={r.datasetRecord} publishedAt={r.publishedAt} />
                <td>{r.originator ?? <span className="muted">not said</span>}</td>
                {table.fields.map((f) => (
                  <FigureCell key={f.path} cell={r.cells[f.path] ?? null} label={f.label.toLowerCase()} isBest={coded[f.path].basis?.ref === sourceRef(r)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
