import Link from "next/link";
import { formatNumber } from "@/lib/format/intl";
import { staticMap } from "@/lib/geo/province-shapes";
import { withFilter } from "@/lib/incidents/filter/filter-url";
import type { BulletinIncident } from "@/lib/incidents/bulletin/bulletin-types";
import { MAP_SHADES, shadeLegend, shadeStep } from "@/lib/incidents/bulletin/map-shades";
import type { ProvinceStat } from "@/lib/incidents/overview/aggregates-types";
import type { Period } from "@/lib/incidents/trends/compare-periods";
import { listHref } from "@/lib/incidents/trends/trend-links";
import { findProvince } from "@/lib/taxonomy/provinces";
import styles from "./bulletin-map.module.css";

type Props = { provinces: ProvinceStat[]; deadliest: BulletinIncident[]; period: Period; filterQuery: string };

/**
 * Incidents per province drawn on the server from the bundled outlines (lib/geo/province-shapes.ts),
 * no tiles, with the deadliest incidents numbered as in the list below. As with the trend charts, the
 * drawing is hidden from assistive technology and its links kept out of the tab order; the table
 * holds the same figures and links.
 */
export function BulletinMap({ provinces, deadliest, period, filterQuery }: Props) {
  const map = staticMap();
  const counts = new Map(provinces.map((p) => [p.iso, p]));
  const max = Math.max(0, ...provinces.map((p) => p.count));
  const provinceHref = (iso: string) => listHref(withFilter(filterQuery, { province: iso }), period);
  const rows = [...provinces].sort((a, b) => b.count - a.count || b.killed - a.killed);
  return (
    <section aria-labelledby="map-heading" className={`card ${styles.mapSection}`}>
      <h2 id="map-heading">Map: incidents per province</h2>
      <div className={styles.layout}>
        <figure className={styles.figure}>
          <svg viewBox={`0 0 ${map.width} ${map.height}`} className={styles.map} aria-hidden="true">
            {map.shapes.map((shape) => {
              const stat = counts.get(shape.iso);
              const path = <path d={shape.d} fill={MAP_SHADES[shadeStep(stat?.count ?? 0, max)]} stroke="#8a96a3" strokeWidth={0.8} />;
              return stat ? (
                <a key={shape.iso} href={provinceHref(shape.iso)} tabIndex={-1}>
                  <title>{`${shape.name}: ${formatNumber(stat.count)} incidents, ${formatNumber(stat.killed)} killed`}</title>
                  {path}
                </a>
              ) : (
                <g key={shape.iso}>{path}</g>
              );
            })}
            {deadliest.map((incident, i) => {
              if (incident.latitude === null || incident.longitude === null) return null;
              const [x, y] = map.project(incident.longitude, incident.latitude);
              return (
                <a key={incident.id} href={`/incidents/${incident.id}`} tabIndex={-1}>
                  <title>{`${i + 1}. ${incident.title}`}</title>
                  <circle cx={x} cy={y} r={11} fill="#1b1f24" stroke="#ffffff" strokeWidth={2} />
                  <text x={x} y={y + 4.5} textAnchor="middle" fontSize={13} fontWeight={700} fill="#ffffff">
                    {i + 1}
                  </text>
                </a>
              );
            })}
          </svg>
          <figcaption className="visually-hidden">
            Map of the provinces shaded by incidents in the period, the deadliest incidents numbered as in the list below. The table gives the figures.
          </figcaption>
          <ul className={styles.legend} aria-label="Legend: incidents per province">
            {shadeLegend(max).map(({ step, label }) => (
              <li key={step}>
                <svg viewBox="0 0 12 12" className={styles.swatch} aria-hidden="true">
                  <rect width="12" height="12" fill={MAP_SHADES[step]} stroke="#8a96a3" />
                </svg>
                {label}
              </li>
            ))}
          </ul>
        </figure>
        <div className="table-wrap">
          <table className="data compact">
            <caption className="visually-hidden">Incidents and killed per province in the period</caption>
            <thead>
              <tr>
                <th scope="col">Province</th>
                <th scope="col" className="num">
                  Incidents
                </th>
                <th scope="col" className="num">
                  Killed
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={3}>No incident has a province.</td>
                </tr>
              ) : (
                rows.map((p) => (
                  <tr key={p.iso}>
                    <th scope="row">{findProvince(p.iso)?.name ?? p.iso}</th>
                    <td className="num">
                      <Link href={provinceHref(p.iso)}>{formatNumber(p.count)}</Link>
                    </td>
                    <td className="num">
                      <Link href={provinceHref(p.iso)}>{formatNumber(p.killed)}</Link>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
