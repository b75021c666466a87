import type { IncidentRecord } from "@/lib/incidents/record/record";
import { CASUALTY_CATEGORIES, CASUALTY_CATEGORY_NAMES } from "@/lib/taxonomy/casualty-categories";
import { formatCount } from "@/lib/format/count";
import type { IncidentProvenance } from "@/lib/sources/provenance/incident-provenance";
import type { ReportedField } from "@/lib/sources/report/reported-fields";
import { WhyValue } from "./why-value";
import styles from "./casualty-table.module.css";

type Props = Pick<IncidentRecord, "killed" | "injured"> & { provenance: IncidentProvenance; openField: string | null };

/** A coded count that opens the reports and quotes behind it ("unknown" is the analyst's coding, never reported). */
function Count({ value, path, provenance, openField }: { value: number | null; path: string } & Pick<Props, "provenance" | "openField">) {
  const p = provenance[path as ReportedField] as IncidentProvenance[ReportedField] | undefined;
  if (!p) return <>{formatCount(value)}</>;
  return (
    <WhyValue p={p} open={openField === path}>
      {formatCount(value)}
    </WhyValue>
  );
}

/** Killed and injured by category, each figure one click from its sources; "not reported" is shown as such, never as 0. */
export function CasualtyTable({ killed, injured, provenance, openField }: Props) {
  const why = { provenance, openField };
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
              <td className="num">
                <Count value={killed[k]} path={`killed.${k}`} {...why} />
              </td>
              <td className="num">
                <Count value={injured[k]} path={`injured.${k}`} {...why} />
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">Total</th>
            <td className="num">
              <strong>
                <Count value={killed.total} path="killed.total" {...why} />
              </strong>
            </td>
            <td className="num">
              <strong>
                <Count value={injured.total} path="injured.total" {...why} />
              </strong>
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
