import type { ProvinceStat } from "@/lib/incidents/overview/aggregates-types";
import { EVENT_TYPE_LEGEND, PROVINCE_EMPTY, shadeLegend } from "@/lib/map/marker-style";
import type { ShadeBy } from "./province-layer";
import { formatNumber } from "@/lib/format/intl";

type Props = { provinceStats: ProvinceStat[]; shadeBy: ShadeBy; onShadeBy: (value: ShadeBy) => void };

/** What the colours, sizes and shading mean, and the switch between shading by incidents or killed. */
export function MapLegend({ provinceStats, shadeBy, onShadeBy }: Props) {
  const max = Math.max(0, ...provinceStats.map((s) => s[shadeBy]));
  return (
    <div className="map-legend">
      <fieldset className="legend-group">
        <legend>Shade provinces by</legend>
        {(["count", "killed"] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="shade-by" value={value} checked={shadeBy === value} onChange={() => onShadeBy(value)} />{" "}
            {value === "count" ? "Incidents" : "Killed"}
          </label>
        ))}
        <ul className="legend-scale" aria-label={`Province shading: ${shadeBy === "count" ? "incidents" : "killed"}`}>
          <li>
            <span className="swatch" style={{ background: PROVINCE_EMPTY }} /> 0
          </li>
          {shadeLegend(max).map((c) => (
            <li key={c.colour}>
              <span className="swatch" style={{ background: c.colour }} />{" "}
              {c.from === c.to ? formatNumber(c.from) : `${formatNumber(c.from)}–${formatNumber(c.to)}`}
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="legend-group">
        <p className="legend-title">Incidents by event type</p>
        <ul className="legend-types">
          {EVENT_TYPE_LEGEND.map((t) => (
            <li key={t.name}>
              <span className="dot" style={{ background: t.colour }} /> {t.name}
            </li>
          ))}
        </ul>
      </div>
      <div className="legend-group">
        <p className="legend-title">Symbols</p>
        <ul className="legend-types">
          <li>
            <span className="dot small" /> <span className="dot large" /> size: killed
          </li>
          <li>
            <span className="dot approx" /> district or province centroid (place not known exactly)
          </li>
          <li>
            <span className="cluster-key">12</span> a cluster of incidents: click to zoom in
          </li>
        </ul>
      </div>
    </div>
  );
}
