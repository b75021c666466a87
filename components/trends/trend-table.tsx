import Link from "next/link";
import { formatMonth } from "@/lib/dates/format-date";
import { formatNumber } from "@/lib/format/intl";
import { monthStart } from "@/lib/incidents/trends/months";
import { listHref, monthHref } from "@/lib/incidents/trends/trend-links";
import type { Period } from "@/lib/incidents/trends/compare-periods";
import type { TrendSeries } from "@/lib/incidents/trends/trends-types";
import type { FilterKey } from "@/lib/incidents/filter/filter-url";
import tableStyles from "@/components/timeline/histogram-table.module.css";

type Props = { series: TrendSeries[]; range: Period; filterQuery: string; param: FilterKey; by: string };

/** The small multiples as a table (every series, months with incidents), each count a link to its list. */
export function TrendTable({ series, range, filterQuery, param, by }: Props) {
  return (
    <details className={tableStyles.histogramTable}>
      <summary>
        The charts as a table ({formatNumber(series.length)} by {by})
      </summary>
      <div className="table-wrap">
        <table className="data compact">
          <thead>
            <tr>
              <th scope="col">{by[0]!.toUpperCase() + by.slice(1)}</th>
              <th scope="col">Month</th>
              <th scope="col" className="num">
                Incidents
              </th>
              <th scope="col" className="num">
                Killed
              </th>
            </tr>
          </thead>
          <tbody>
            {series.flatMap((s) => [
              <tr key={s.key}>
                <th scope="row">{s.label}</th>
                <td>All months</td>
                <td className="num">
                  <Link href={listHref(filterQuery, range, { [param]: s.key })}>{formatNumber(s.total.count)}</Link>
                </td>
                <td className="num">{formatNumber(s.total.killed)}</td>
              </tr>,
              ...s.months
                .filter((m) => m.count > 0)
                .map((m) => (
                  <tr key={`${s.key}-${m.month}`}>
                    <td>{s.label}</td>
                    <td>{formatMonth(monthStart(m.month))}</td>
                    <td className="num">
                      <Link href={monthHref(filterQuery, m.month, range, { [param]: s.key })}>{formatNumber(m.count)}</Link>
                    </td>
                    <td className="num">{formatNumber(m.killed)}</td>
                  </tr>
                )),
            ])}
          </tbody>
        </table>
      </div>
    </details>
  );
}
