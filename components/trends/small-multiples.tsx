import * as Plot from "@observablehq/plot";
import { formatMonth } from "@/lib/dates/format-date";
import { formatNumber } from "@/lib/format/intl";
import { monthSpan, monthStart, type Month } from "@/lib/incidents/trends/months";
import { monthHref } from "@/lib/incidents/trends/trend-links";
import type { Period } from "@/lib/incidents/trends/compare-periods";
import type { TrendSeries } from "@/lib/incidents/trends/trends-types";
import type { FilterKey } from "@/lib/incidents/filter/filter-url";
import { BAR_COLORS } from "./chart-colors";
import { monthScale } from "./month-axis";
import { renderPlot } from "./render-plot.server";
import { TrendTable } from "./trend-table";
import { wholeNumberTicks } from "./whole-number-ticks";
import { ResponsivePlot } from "./responsive-plot";
import styles from "./trend-chart.module.css";

/** How many series get a chart; the table lists them all. */
export const MAX_MULTIPLES = 6;
const FACET_HEIGHT = 70;

type Measure = "count" | "killed";
const MEASURE_WORDS: Record<Measure, string> = { count: "Incidents", killed: "Killed" };

type Props = {
  id: string;
  title: string;
  /** "province" etc. in words, for the chart's name: "Incidents per month by province". */
  by: string;
  param: Extract<FilterKey, "province" | "eventType" | "actor">;
  series: TrendSeries[];
  months: Month[];
  range: Period;
  filterQuery: string;
};

function chartSvg(measure: Measure, { series, months, range, filterQuery, param }: Props, width: number | undefined): string {
  const shown = series.slice(0, MAX_MULTIPLES);
  const marks = shown.flatMap((s) =>
    s.months
      .filter((m) => m[measure] > 0)
      .map((m) => ({
        label: s.label,
        ...monthSpan(m.month),
        value: m[measure],
        href: monthHref(filterQuery, m.month, range, { [param]: s.key }),
        title: `${s.label}, ${formatMonth(monthStart(m.month))}: ${formatNumber(m[measure])} ${measure === "count" ? "incidents" : "killed"}`,
      })),
  );
  return renderPlot({
    width: width ?? 480,
    height: shown.length * FACET_HEIGHT + 40,
    marginTop: 8,
    marginLeft: 40,
    marginRight: 20,
    x: monthScale(months),
    y: { label: null, ticks: wholeNumberTicks(Math.max(0, ...marks.map((m) => m.value)), 2), nice: true, grid: true, insetTop: 18, tickFormat: "~s" },
    fy: { domain: shown.map((s) => s.label), axis: null, padding: 0.15 },
    marks: [
      Plot.frame({ stroke: "#d5dae0" }),
      Plot.text(shown, { fy: "label", text: "label", frameAnchor: "top-left", dx: 4, dy: 4, fontWeight: 600 }),
      Plot.rectY(marks, {
        x1: "start",
        x2: "end",
        y: "value",
        fy: "label",
        href: "href",
        title: "title",
        fill: BAR_COLORS[measure],
        insetLeft: 0.5,
        insetRight: 0.5,
      }),
      Plot.ruleY([0], { stroke: "#59636e" }),
    ],
  });
}

/** Incidents and killed per month, one small chart per province, event type or perpetrator. */
export function SmallMultiples(props: Props) {
  const { id, title, series, by } = props;
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>{title}</h2>
      {series.length === 0 ? (
        <p className="muted">None recorded for the incidents that match the filter.</p>
      ) : (
        <>
          <div className={styles.pair}>
            {(["count", "killed"] as const).map((measure) => (
              <figure key={measure} className={styles.chart}>
                <figcaption>
                  {MEASURE_WORDS[measure]} per month
                  <span className="visually-hidden">
                    {" "}
                    by {by}: one small chart for each of the {Math.min(series.length, MAX_MULTIPLES)} with most incidents. The table below gives the figures,
                    each with a link to its incidents.
                  </span>
                </figcaption>
                <ResponsivePlot draw={(width) => chartSvg(measure, props, width)} />
              </figure>
            ))}
          </div>
          {series.length > MAX_MULTIPLES ? (
            <p className={`muted ${styles.more}`}>
              The {MAX_MULTIPLES} with most incidents are drawn; the table lists all {formatNumber(series.length)}.
            </p>
          ) : null}
          <TrendTable series={series} range={props.range} filterQuery={props.filterQuery} param={props.param} by={props.by} />
        </>
      )}
    </section>
  );
}
