"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { Histogram } from "@/lib/incidents/overview/histogram";
import { hrefFor, withFilter } from "@/lib/incidents/filter/filter-url";
import { formatAxisDate, formatDay } from "@/lib/dates/format-date";
import { brushedBuckets, brushedDates, niceMax } from "./brush";
import { HistogramTable } from "./histogram-table";
import styles from "./timeline-histogram.module.css";

const W = 640;
const H = 170;
const PAD = { left: 40, right: 40, top: 10, bottom: 24 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

type Props = { histogram: Histogram; pageQuery: string; path: string };

/**
 * Incidents per day, week or month as bars and killed as a line (right axis), hand-drawn in SVG.
 * Dragging across it sets the date range filter (a click selects one bucket); the From/To fields of
 * the filter do the same from the keyboard, and the table below is the chart's text alternative.
 */
export function TimelineHistogram({ histogram, pageQuery, path }: Props) {
  const router = useRouter();
  const titleId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);
  const { buckets, unit } = histogram;
  const n = buckets.length;
  const countMax = niceMax(Math.max(0, ...buckets.map((b) => b.count)));
  const killedMax = niceMax(Math.max(0, ...buckets.map((b) => b.killed)));
  const bw = PLOT_W / Math.max(1, n);
  const y = (v: number, max: number) => PAD.top + PLOT_H - (v / max) * PLOT_H;

  const fraction = (clientX: number) => {
    const box = svgRef.current!.getBoundingClientRect();
    return (((clientX - box.left) / box.width) * W - PAD.left) / PLOT_W;
  };
  const finish = (x1: number) => {
    if (!drag) return;
    const range = brushedBuckets(drag.x0, x1, n);
    setDrag(null);
    if (!range) return;
    router.push(hrefFor(path, withFilter(pageQuery, brushedDates(histogram, ...range))), { scroll: false });
  };

  const linePoints = buckets.map((b, i) => `${PAD.left + (i + 0.5) * bw},${y(b.killed, killedMax)}`).join(" ");
  const ticks = labelTicks(n);
  const brush = drag ? brushedBuckets(drag.x0, drag.x1, n) : null;

  return (
    <figure className={styles.histogram}>
      <figcaption id={titleId}>
        Incidents per {unit} (bars) and killed (line), {formatDay(histogram.from)} to {formatDay(histogram.to)}. Drag across the chart to narrow the dates (with
        a mouse or pen).
      </figcaption>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={titleId}
        data-testid="histogram"
        className={styles.histogramSvg}
        onPointerDown={(e) => {
          // A finger crossing the chart is scrolling the page, not choosing dates: touch uses the
          // date fields and presets instead.
          if (e.pointerType === "touch") return;
          e.currentTarget.setPointerCapture(e.pointerId);
          const x = fraction(e.clientX);
          setDrag({ x0: x, x1: x });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, x1: fraction(e.clientX) })}
        onPointerUp={(e) => finish(fraction(e.clientX))}
        onPointerCancel={() => setDrag(null)}
      >
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + PLOT_H} y2={PAD.top + PLOT_H} className={styles.axis} />
        <text x={PAD.left - 4} y={PAD.top + 8} className={styles.axisLabel} textAnchor="end">
          {countMax}
        </text>
        <text x={W - PAD.right + 4} y={PAD.top + 8} className={`${styles.axisLabel} ${styles.killed}`} textAnchor="start">
          {killedMax}
        </text>
        <text x={PAD.left - 4} y={PAD.top + PLOT_H} className={styles.axisLabel} textAnchor="end">
          0
        </text>
        {buckets.map((b, i) =>
          b.count > 0 ? (
            <rect
              key={b.start}
              className={styles.bar}
              x={PAD.left + i * bw + (bw > 3 ? 0.5 : 0)}
              width={Math.max(0.8, bw - (bw > 3 ? 1 : 0))}
              y={y(b.count, countMax)}
              height={PAD.top + PLOT_H - y(b.count, countMax)}
            />
          ) : null,
        )}
        <polyline points={linePoints} className={styles.killedLine} />
        {ticks.map((i, k) => (
          <text
            key={i}
            x={PAD.left + (i + 0.5) * bw}
            y={H - 6}
            className={k % 2 ? `${styles.axisLabel} ${styles.everyOther}` : styles.axisLabel}
            textAnchor="middle"
          >
            {formatAxisDate(buckets[i]!.start, unit === "week" ? "day" : unit)}
          </text>
        ))}
        {brush ? <rect className={styles.brush} x={PAD.left + brush[0] * bw} width={(brush[1] - brush[0] + 1) * bw} y={PAD.top} height={PLOT_H} /> : null}
      </svg>
      <p className={styles.legendInline}>
        <span className={`${styles.swatch} ${styles.barSwatch}`} /> incidents (left axis) <span className={`${styles.swatch} ${styles.lineSwatch}`} /> killed
        (right axis)
      </p>
      <HistogramTable histogram={histogram} />
    </figure>
  );
}

/** About six evenly spaced bucket indexes to label. */
function labelTicks(n: number): number[] {
  if (n === 0) return [];
  const step = Math.max(1, Math.ceil(n / 6));
  const out: number[] = [];
  for (let i = 0; i < n; i += step) out.push(i);
  return out;
}
