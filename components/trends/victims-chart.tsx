import * as Plot from "@observablehq/plot";
import Link from "next/link";
import { formatMonth } from "@/lib/dates/format-date";
import { formatNumber } from "@/lib/format/intl";
import { monthSpan, monthStart, type Month } from "@/lib/incidents/trends/months";
import { monthHref } from "@/lib/incidents/trends/trend-links";
import type { Period } from "@/lib/incidents/trends/compare-periods";
import { VICTIM_CATEGORIES, VICTIM_LABELS, type VictimMonth } from "@/lib/incidents/trends/trends-types";
import { VICTIM_COLORS } from "./chart-colors";
import { monthScale } from "./month-axis";
import { renderPlot } from "./render-plot.server";
import { wholeNumberTicks } from "./whole-number-ticks";
import { ResponsivePlot } from "./responsive-plot";
import styles from "./trend-chart.module.css";
import tableStyles from "@/components/timeline/histogram-table.module.css";

type Props = { victims: VictimMonth[]; months: Month[]; range: Period; filterQuery: string };

function chartSvg({ victims, months, range, filterQuery }: Props, width: number | undefined): string {
  // Category by category, so the stack's order (bottom to top) is the legend's.
  const marks = VICTIM_CATEGORIES.flatMap((category) =>
    victims
      .filter((v) => v[category] > 0)
      .map((v) => ({
        category: VICTIM_LABELS[category],
        ...monthSpan(v.month),
        value: v[category],
        href: monthHref(filterQuery, v.month, range),
        title: `${formatMonth(monthStart(v.month))}: ${formatNumber(v[category])} ${VICTIM_LABELS[category].toLowerCase()} killed`,
      })),
  );
  const tallest = Math.max(0, ...victims.map((v) => VICTIM_CATEGORIES.reduce((sum, category) => sum + v[category], 0)));
  return renderPlot({
    width: width ?? 960,
    height: width ? 220 : 260,
    marginLeft: 48,
    marginRight: 20,
    x: monthScale(months),
    y: { label: null, grid: true, nice: true, tickFormat: "~s", ticks: wholeNumberTicks(tallest, 5) },
    color: { domain: VICTIM_CATEGORIES.map((c) => VICTIM_LABELS[c]), range: VICTIM_CATEGORIES.map((c) => VICTIM_COLORS[c]) },
    marks: [
      Plot.rectY(marks, { x1: "start", x2: "end", y: "value", fill: "category", href: "href", title: "title", insetLeft: 0.5, insetRight: 0.5 }),
      Plot.ruleY([0], { stroke: "#59636e" }),
    ],
  });
}

/** Killed per month, stacked by who was killed, with its table. */
export function VictimsChart(props: Props) {
  const rows = props.victims.filter((v) => VICTIM_CATEGORIES.some((c) => v[c] > 0));
  return (
    <section aria-labelledby="victims-heading" className="card">
      <h2 id="victims-heading">Killed by victim category</h2>
      {rows.length === 0 ? (
        <p className="muted">No deaths recorded for the incidents that match the filter.</p>
      ) : (
        <>
          <figure className={styles.chart}>
            <ResponsivePlot draw={(width) => chartSvg(props, width)} />
            <figcaption className="visually-hidden">
              Killed per month by victim category, stacked: security forces, civilians, militants, and unknown or not split. The table below gives the figures,
              each month with a link to its incidents.
            </figcaption>
          </figure>
          <ul className={styles.legend} aria-label="Legend">
            {VICTIM_CATEGORIES.map((c) => (
              <li key={c}>
                <span className={`${styles.swatch} ${styles[c]}`} />
                {VICTIM_LABELS[c]}
              </li>
            ))}
          </ul>
          <details className={tableStyles.histogramTable}>
            <summary>The chart as a table ({formatNumber(rows.length)} months with deaths)</summary>
            <div className="table-wrap">
              <table className="data compact">
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    {VICTIM_CATEGORIES.map((c) => (
                      <th key={c} scope="col" className="num">
                        {VICTIM_LABELS[c]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((v) => (
                    <tr key={v.month}>
                      <th scope="row">
                        <Link href={monthHref(props.filterQuery, v.month, props.range)}>{formatMonth(monthStart(v.month))}</Link>
                      </th>
                      {VICTIM_CATEGORIES.map((c) => (
                        <td key={c} className="num">
                          {formatNumber(v[c])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
