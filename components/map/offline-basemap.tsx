"use client";

import { GeoJSON, Pane } from "react-leaflet";
import type { FeatureCollection } from "geojson";
import basemap from "@/lib/geo/data/basemap.json";
import admin1 from "@/lib/geo/data/admin1.json";

const FOCUS = new Set(["PAK", "AFG"]);

/**
 * Country and province outlines bundled with the app, drawn beneath the tiles: when no tile loads
 * (offline, air-gapped) the map still shows the region instead of a grey box.
 * See docs/decisions/002-offline-maps.md.
 */
export function OfflineBasemap({ provinceOutlines = true }: { provinceOutlines?: boolean }) {
  return (
    <Pane name="offline-basemap" style={{ zIndex: 150 }}>
      <GeoJSON
        data={basemap as FeatureCollection}
        interactive={false}
        style={(f) => ({
          color: "#8a97a5",
          weight: 1,
          fillColor: FOCUS.has(f?.properties?.iso3) ? "#fbfaf6" : "#e9e6dd",
          fillOpacity: 1,
        })}
      />
      {provinceOutlines ? (
        <GeoJSON data={admin1 as FeatureCollection} interactive={false} style={{ color: "#a3adb8", weight: 0.8, fill: false, dashArray: "3 3" }} />
      ) : null}
    </Pane>
  );
}
