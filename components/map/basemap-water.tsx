"use client";

import { useEffect, useState } from "react";
import type { FeatureCollection } from "geojson";
import { GeoJSON, Pane } from "react-leaflet";
import { whenIdle } from "./lazy-idle";

/**
 * Rivers (and lakes, where Natural Earth 1:50m has any) of the region, bundled in
 * lib/geo/data/water.json and loaded in a chunk of their own once the map is idle. Drawn above the
 * province shading, below the incidents, and never in the pointer's way.
 */
export function BasemapWater() {
  const [water, setWater] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      import("@/lib/geo/data/water.json").then((m) => live && setWater(m.default as FeatureCollection)).catch(() => undefined);
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);
  if (!water) return null;
  return (
    <Pane name="basemap-water" style={{ zIndex: 405, pointerEvents: "none" }}>
      <GeoJSON
        data={water}
        interactive={false}
        style={(f) =>
          f?.properties?.kind === "lake" ? { stroke: false, fillColor: "#9cc3e0", fillOpacity: 0.9 } : { color: "#5b9bd1", weight: 1.3, opacity: 0.85 }
        }
      />
    </Pane>
  );
}
