import type { ProvinceStat } from "@/lib/incidents/overview/aggregates-types";
import { EVENT_TYPE_LEGEND, PROVINCE_EMPTY, shadeLegend } from "@/lib/map/marker-style";
import type { ShadeBy } from "./province-layer";
import { formatNumber } from "@/lib/format/intl";
import styles from "./map-legend.module.css";

type Props = { provinceStats: ProvinceStat[]; shadeBy: ShadeBy; onShadeBy: (value: ShadeBy) => void };

/** What the colours, sizes and shading mean, and the switch between shading by incidents or killed. */
export function MapLegend({ provinceStats, shadeBy, onShadeBy }: Props) {
  const max = Math.max(0, ...provinceStats.map((s) => s[shadeBy]));
  return (
    <div className={styles.mapLegend}>
      <fieldset className={styles.legendGroup}>
        <legend>Shade provinces by</legend>
        {(["count", "killed"] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="shade-by" value={value} checked={shadeBy === value} onChange={() => onShadeBy(value)} />{" "}
            {value === "count" ? "Incidents" : "Killed"}
          </label>
        ))}
        <ul className={styles.legendScale} aria-label={`Province shading: ${shadeBy === "count" ? "incidents" : "killed"}`}>
          <li>
            <span className={styles.swatch} style={{ background: PROVINCE_EMPTY }} /> 0
          </li>
          {shadeLegend(max).map((c) => (
            <li key={c.colour}>
              <span className={styles.swatch} style={{ background: c.colour }} />{" "}
              {c.from === c.to ? formatNumber(c.from) : `${formatNumber(c.from)}–${formatNumber(c.to)}`}
            </li>
          ))}
        </ul>
      </fieldset>
      <div className={styles.legendGroup}>
        <p className={styles.legendTitle}>Incidents by event type</p>
        <ul className={styles.legendTypes}>
          {EVENT_TYPE_LEGEND.map((t) => (
            <li key={t.name}>
              <span className={styles.dot} style={{ background: t.colour }} /> {t.name}
            </li>
          ))}
        </ul>
      </div>
      <div className={styles.legendGroup}>
        <p className={styles.legendTitle}>Symbols</p>
        <ul className={styles.legendTypes}>
          <li>
            <span className={`${styles.dot} ${styles.small}`} /> <span className={`${styles.dot} ${styles.large}`} /> size: killed
          </li>
          <li>
            <span className={`${styles.dot} ${styles.approx}`} /> district or province centroid (place not known exactly)
          </li>
          <li>
            <span className={styles.clusterKey}>12</span> a cluster of incidents: click to zoom in
          </li>
        </ul>
      </div>
    </div>
  );
}
