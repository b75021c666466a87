import Link from "next/link";
import { formatNumber } from "@/lib/format/intl";
import styles from "./count-table.module.css";

export type CountRow = { key: string; label: string; href?: string; count: number; killed?: number };

/** A small table of names with their incident (and killed) counts, the names linking where given. */
export function CountTable({ caption, head, rows, empty }: { caption: string; head: string; rows: CountRow[]; empty: string }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  const withKilled = rows.some((r) => r.killed !== undefined);
  return (
    <div className="table-wrap">
      <table className={`data compact ${styles.countTable}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" className="num">
              Incidents
            </th>
            {withKilled ? (
              <th scope="col" className="num">
                Killed
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.href ? <Link href={r.href}>{r.label}</Link> : r.label}</th>
              <td className="num">{formatNumber(r.count)}</td>
              {withKilled ? <td className="num">{formatNumber(r.killed ?? 0)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
