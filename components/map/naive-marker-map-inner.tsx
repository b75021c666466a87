"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import L from "leaflet";
import { MapContainer, Marker, Popup } from "react-leaflet";
import { REGION_BOUNDS } from "@/lib/geo/region";
import { OfflineBasemap } from "./offline-basemap";
import styles from "./map.module.css";

export type NaiveMarkerMapProps = { rows: { id: number; title: string; lat: number; lng: number; killed: number | null }[] };

const icon = L.divIcon({ className: "naive-marker", iconSize: [8, 8] });

/** One DOM marker per incident, no clustering: what the overview map is measured against. */
export function NaiveMarkerMapInner({ rows }: NaiveMarkerMapProps) {
  const frame = useRef<HTMLDivElement>(null);
  // Runs after the markers' own effects have added them to the map.
  useEffect(() => frame.current?.setAttribute("data-state", "ready"), []);
  return (
    <div ref={frame} className={styles.overviewMapFrame} data-testid="naive-map" data-state="loading">
      <MapContainer bounds={REGION_BOUNDS} style={{ height: "100%" }}>
        <OfflineBasemap />
        {rows.map((r) => (
          <Marker key={r.id} position={[r.lat, r.lng]} icon={icon}>
            <Popup>
              {r.title} · killed {r.killed ?? "not reported"}
            </Popup>
          </Marker>
        ))}
      </MapContainer>
    </div>
  );
}
