import type { IncidentRecord } from "@/lib/incidents/record/record";
import { CASUALTY_CATEGORIES, CASUALTY_CATEGORY_NAMES } from "@/lib/taxonomy/casualty-categories";
import { formatCount } from "@/lib/format/count";
import styles from "./casualty-table.module.css";

/** Killed and injured by category; "not reported" is shown as such, never as 0. */
export function CasualtyTable({ killed, injured }: Pick<IncidentRecord, "killed" | "injured">) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">Casualties by category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="num">
              Killed
            </th>
            <th scope="col" className="num">
              Injured
            </th>
          </tr>
        </thead>
        <tbody>
          {CASUALTY_CATEGORY_NAMES.map((k) => (
            <tr key={k}>
              <th scope="row">{CASUALTY_CATEGORIES[k]}</th>
              <td className="num">{formatCount(killed[k])}</td>
              <td className="num">{formatCount(injured[k])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Total</th>
            <td className="num">
              <strong>{formatCount(killed.total)}</strong>
            </td>
            <td className="num">
              <strong>{formatCount(injured.total)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      {killed.low !== null || killed.high !== null ? (
        <p className={`muted ${styles.estimates}`}>
          Estimates of total killed: low {formatCount(killed.low)}, high {formatCount(killed.high)}.
        </p>
      ) : null}
    </div>
  );
}
