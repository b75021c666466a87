"use client";

import dynamic from "next/dynamic";
import type { IncidentMapProps } from "./incident-map-inner";
import { MapSkeleton } from "./map-skeleton";
import styles from "./map.module.css";

const loadInner = () => import("./incident-map-inner");

// Start Leaflet's code as soon as this module runs in the browser, while the page hydrates, instead
// of after (the overview's time to a drawn map is on this path). The first view's clusters are
// preloaded by the page itself (app/page.tsx).
if (typeof window !== "undefined") loadInner().catch(() => undefined);

const IncidentMapInner = dynamic(() => loadInner().then((m) => m.IncidentMapInner), {
  ssr: false,
  loading: () => <MapSkeleton className={styles.overviewMapFrame} />,
});

/** The overview map of the region. Leaflet needs the browser, so it loads on the client only. */
export function IncidentMap(props: IncidentMapProps) {
  return <IncidentMapInner {...props} />;
}
