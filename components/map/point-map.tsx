"use client";

import dynamic from "next/dynamic";
import type { PointMapProps } from "./point-map-inner";
import { MapSkeleton } from "./map-skeleton";
import styles from "./map.module.css";

const PointMapInner = dynamic(() => import("./point-map-inner").then((m) => m.PointMapInner), {
  ssr: false,
  loading: () => <MapSkeleton className={styles.miniMap} />,
});

/** A small map of one incident's point. Leaflet needs the browser, so it loads on the client only. */
export function PointMap(props: PointMapProps) {
  return <PointMapInner {...props} />;
}
