"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { Popup } from "react-leaflet";
import type { IncidentRecord } from "@/lib/incidents/record/record";
import { formatEventDate } from "@/lib/dates/format-date";
import { formatCount } from "@/lib/format/count";
import { formatNumber } from "@/lib/format/intl";
import { differingRange } from "@/lib/sources/report/reported-range";
import type { PointHit } from "./point-layer";
import styles from "./map.module.css";

export type SelectedPoint = PointHit;

/** "Killed 7", or the span where the sources' reports differ: "7–9 killed (reports differ)". */
function KilledWords({ incident }: { incident: IncidentRecord }) {
  const range = differingRange(incident.sources, "killed.total");
  if (!range) return <>Killed {formatCount(incident.killed.total)}</>;
  return (
    <>
      {formatNumber(range.low)}–{formatNumber(range.high)} killed (reports differ)
    </>
  );
}

/** The clicked incident's popup: the map holds only points, so the details load now (GET /api/incidents/[id]). */
export function IncidentPopup({ point, onClose }: { point: SelectedPoint; onClose: () => void }) {
  const [state, setState] = useState<{ id: number; incident: IncidentRecord | null; failed: boolean } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/incidents/${point.id}`, { signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<IncidentRecord>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((incident) => setState({ id: point.id, incident, failed: false }))
      .catch(() => {
        if (!controller.signal.aborted) setState({ id: point.id, incident: null, failed: true });
      });
    return () => controller.abort();
  }, [point.id]);

  const current = state?.id === point.id ? state : null;
  const i = current?.incident;
  return (
    <Popup position={[point.lat, point.lng]} eventHandlers={{ remove: onClose }}>
      <div className={styles.mapPopup} data-testid="map-popup">
        {i ? (
          <>
            <p className="muted">{formatEventDate(i.eventDate, i.datePrecision, i.endDate)}</p>
            <h3>
              <Link href={`/incidents/${i.id}`}>{i.title}</Link>
            </h3>
            <p>{[i.location, i.district, i.province ?? i.countryName].filter(Boolean).join(", ")}</p>
            <p>
              <KilledWords incident={i} /> · injured {formatCount(i.injured.total)}
            </p>
          </>
        ) : current?.failed ? (
          <p>This incident could not be loaded.</p>
        ) : (
          <p aria-busy="true">Loading…</p>
        )}
      </div>
    </Popup>
  );
}
