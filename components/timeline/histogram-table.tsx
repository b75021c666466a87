import type { BucketUnit, Histogram } from "@/lib/incidents/overview/histogram";
import { formatDay } from "@/lib/dates/format-date";
import { formatNumber } from "@/lib/format/intl";
import tableStyles from "./histogram-table.module.css";

const UNIT_HEADINGS: Record<BucketUnit, string> = { day: "Day", week: "Week", month: "Month", year: "Year" };

/** The histogram as a table, for screen readers and anyone who wants the numbers. */
export function HistogramTable({ histogram }: { histogram: Histogram }) {
  const rows = histogram.buckets.filter((b) => b.count > 0);
  return (
    <details className={tableStyles.histogramTable}>
      <summary>
        The chart as a table ({rows.length} {histogram.unit}s with incidents)
      </summary>
      <table className="data compact">
        <thead>
          <tr>
            <th scope="col">{UNIT_HEADINGS[histogram.unit]}</th>
            <th scope="col" className="num">
              Incidents
            </th>
            <th scope="col" className="num">
              Killed
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => (
            <tr key={b.start}>
              <td>{b.start === b.end ? formatDay(b.start) : `${formatDay(b.start)} – ${formatDay(b.end)}`}</td>
              <td className="num">{formatNumber(b.count)}</td>
              <td className="num">{formatNumber(b.killed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
