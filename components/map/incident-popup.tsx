"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { Popup } from "react-leaflet";
import type { IncidentRecord } from "@/lib/incidents/record/record";
import { formatEventDate } from "@/lib/dates/format-date";
import { formatCount } from "@/lib/format/count";
import { formatNumber } from "@/lib/format/intl";
import { differingRange } from "@/lib/sources/report/reported-range";
import { WhyLink } from "@/components/incident/why-link";
import type { PointHit } from "./point-layer";
import styles from "./map.module.css";

export type SelectedPoint = PointHit;

/** "Killed 7", or the span where the sources' reports differ: "7–9 killed (reports differ)"; one click from the reports behind it. */
function KilledWords({ incident }: { incident: IncidentRecord }) {
  const range = differingRange(incident.sources, "killed.total");
  const words = range ? `${formatNumber(range.low)}–${formatNumber(range.high)} killed (reports differ)` : `Killed ${formatCount(incident.killed.total)}`;
  return (
    <WhyLink incidentId={incident.id} field="killed.total" label={words}>
      {words}
    </WhyLink>
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
            {/* The title first: it is the link keyboard focus lands on when the popup opens. */}
            <h3>
              <Link href={`/incidents/${i.id}`}>{i.title}</Link>
            </h3>
            <p className="muted">
              <WhyLink incidentId={i.id} field="eventDate" label={formatEventDate(i.eventDate, i.datePrecision, i.endDate)}>
                {formatEventDate(i.eventDate, i.datePrecision, i.endDate)}
              </WhyLink>
            </p>
            <p>
              {i.location ? (
                <WhyLink incidentId={i.id} field="location" label={i.location}>
                  {i.location}
                </WhyLink>
              ) : null}
              {[i.location ? "" : null, i.district, i.province ?? i.countryName].filter((v) => v !== null && v !== undefined).join(", ")}
            </p>
            <p>
              <KilledWords incident={i} /> ·{" "}
              <WhyLink incidentId={i.id} field="injured.total" label={`injured ${formatCount(i.injured.total)}`}>
                injured {formatCount(i.injured.total)}
              </WhyLink>
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
