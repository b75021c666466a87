"use client";

import "leaflet/dist/leaflet.css";
import { CircleMarker, MapContainer, Tooltip } from "react-leaflet";
import type { TileConfig } from "@/lib/map/tile-config";
import { isApproximate } from "@/lib/taxonomy/precision";
import { Basemap } from "./basemap";
import styles from "./map.module.css";

export type PointMapProps = { lat: number; lng: number; precision: string; label: string; tiles: TileConfig };

export function PointMapInner({ lat, lng, precision, label, tiles }: PointMapProps) {
  const approximate = isApproximate(precision);
  return (
    <div className={styles.miniMap} data-testid="point-map">
      <MapContainer center={[lat, lng]} zoom={approximate ? 6 : 7} style={{ height: "100%" }} scrollWheelZoom={false}>
        <Basemap tiles={tiles} />
        <CircleMarker
          center={[lat, lng]}
          radius={approximate ? 14 : 8}
          pathOptions={{
            color: "#b42318",
            weight: 2,
            fillColor: "#b42318",
            fillOpacity: approximate ? 0.15 : 0.7,
            dashArray: approximate ? "4 4" : undefined,
          }}
        >
          <Tooltip>
            {label}
            {approximate ? ` (approximate: ${precision} centroid)` : ""}
          </Tooltip>
        </CircleMarker>
      </MapContainer>
    </div>
  );
}
