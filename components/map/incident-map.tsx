"use client";

import dynamic from "next/dynamic";
import type { IncidentMapProps } from "./incident-map-inner";
import { loadMapPoints } from "./load-map-points";
import { openClusterWorker } from "./cluster-source";
import { MapSkeleton } from "./map-skeleton";
import styles from "./map.module.css";

const loadInner = () => import("./incident-map-inner");

// Start Leaflet's code and the clustering worker as soon as this module runs in the browser, while
// the page hydrates, instead of after (the overview's time to a drawn map is on this path).
if (typeof window !== "undefined") {
  loadInner().catch(() => undefined);
  openClusterWorker();
}

const IncidentMapInner = dynamic(() => loadInner().then((m) => m.IncidentMapInner), {
  ssr: false,
  loading: () => <MapSkeleton className={styles.overviewMapFrame} />,
});

/** The overview map of the region. Leaflet needs the browser, so it loads on the client only. */
export function IncidentMap(props: IncidentMapProps) {
  // Fetch (the page preloaded the response) and cluster the points while Leaflet's code loads;
  // loadMapPoints keeps one request per filter, so calling it on every render is cheap.
  if (typeof window !== "undefined") loadMapPoints(props.filterQuery).catch(() => undefined);
  return <IncidentMapInner {...props} />;
}
