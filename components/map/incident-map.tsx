"use client";

import { useEffect } from "react";
import dynamic from "next/dynamic";
import type { IncidentMapProps } from "./incident-map-inner";
import { loadMapPoints } from "./load-map-points";

const IncidentMapInner = dynamic(() => import("./incident-map-inner").then((m) => m.IncidentMapInner), {
  ssr: false,
  loading: () => <div className="overview-map-frame skeleton" aria-label="Loading map" />,
});

/** The overview map of the region. Leaflet needs the browser, so it loads on the client only. */
export function IncidentMap(props: IncidentMapProps) {
  // Fetch the points while Leaflet's code is still loading.
  useEffect(() => {
    loadMapPoints(props.filterQuery).catch(() => undefined);
  }, [props.filterQuery]);
  return <IncidentMapInner {...props} />;
}
