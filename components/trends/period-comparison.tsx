import Link from "next/link";
import { formatDay } from "@/lib/dates/format-date";
import { formatNumber } from "@/lib/format/intl";
import { describeChange, previousLabel, type Period } from "@/lib/incidents/trends/compare-periods";
import { listHref } from "@/lib/incidents/trends/trend-links";
import type { Trends } from "@/lib/incidents/trends/trends-types";
import styles from "./period-comparison.module.css";

const span = (p: Period) => (p.from === p.to ? formatDay(p.from) : `${formatDay(p.from)} – ${formatDay(p.to)}`);

type Props = { comparison: Trends["comparison"]; filterQuery: string; datesFromFilter: boolean };

/** This period's incidents and killed against the previous period and the same period a year earlier, in words. */
export function PeriodComparison({ comparison, filterQuery, datesFromFilter }: Props) {
  const { current, previous, yearEarlier } = comparison;
  const against = previousLabel(current);
  const measures = [
    { name: "Incidents", key: "count" as const },
    { name: "Killed", key: "killed" as const },
  ];
  return (
    <section aria-labelledby="compare-heading" className="card">
      <h2 id="compare-heading">This period against earlier ones</h2>
      <p className="muted">
        {datesFromFilter ? "The filter's dates" : "The last three months with data"}: {span(current)}. Previous period {span(previous)}; a year earlier{" "}
        {span(yearEarlier)}.
      </p>
      <dl className={styles.figures}>
        {measures.map(({ name, key }) => (
          <div key={key} className={styles.figure}>
            <dt>{name}</dt>
            <dd className={styles.value}>
              <Link href={listHref(filterQuery, current)}>{formatNumber(current[key])}</Link>
            </dd>
            <dd>
              {describeChange(current[key], previous[key], against)} (<Link href={listHref(filterQuery, previous)}>{formatNumber(previous[key])}</Link>)
            </dd>
            <dd>
              {describeChange(current[key], yearEarlier[key], "the same period a year earlier")} (
              <Link href={listHref(filterQuery, yearEarlier)}>{formatNumber(yearEarlier[key])}</Link>)
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
