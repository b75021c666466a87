import type { IncidentRecord } from "@/lib/incidents/record/record";
import { reportedFactsTable, type FactCell } from "@/lib/sources/report/report-fact-differences";
import { formatDay } from "@/lib/dates/format-date";
import { DiffersNote, NotStatedCell, SourceRowHeader } from "./report-table-parts";
import styles from "./reported-figures.module.css";
import listStyles from "./record-lists.module.css";

const shown = (path: string, value: string) => (path === "eventDate" ? formatDay(value) : value);

/** A fact as a source states it: its quote one click or keypress away, a difference said in words. */
function FactCellView({ cell, path, label }: { cell: FactCell; path: string; label: string }) {
  if (!cell) return <NotStatedCell />;
  const value = shown(path, cell.value);
  return (
    <td className={cell.differs ? styles.differsCell : undefined}>
      {cell.quote ? (
        <details className={styles.quote}>
          <summary>
            {value}
            <span className="visually-hidden"> {label}: show the quote</span>
          </summary>
          <blockquote className={listStyles.statement}>{cell.quote}</blockquote>
        </details>
      ) : (
        value
      )}
      {cell.differs ? <DiffersNote otherValues={cell.otherValues.map((v) => shown(path, v))} /> : null}
    </td>
  );
}

/** When, where and by whom, as each source says (docs/decisions/019-reported-facts.md); nothing when no source's facts are entered. */
export function ReportedFacts({ sources }: { sources: IncidentRecord["sources"] }) {
  const table = reportedFactsTable(sources);
  if (table.rows.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className={`data ${styles.table}`}>
        <caption className={styles.caption}>When, where and by whom, as each source says</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            {table.fields.map((f) => (
              <th key={f.path} scope="col">
                {f.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.id}>
              <SourceRowHeader outlet={r.outlet} datasetRecord={r.datasetRecord} publishedAt={r.publishedAt} />
              {table.fields.map((f) => (
                <FactCellView key={f.path} cell={r.cells[f.path] ?? null} path={f.path} label={f.label.toLowerCase()} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
