"use client";

import dynamic from "next/dynamic";
import type { LocationPickerProps } from "./location-picker-inner";
import { MapSkeleton } from "./map-skeleton";
import styles from "./map.module.css";

const LocationPickerInner = dynamic(() => import("./location-picker-inner").then((m) => m.LocationPickerInner), {
  ssr: false,
  loading: () => <MapSkeleton className={styles.pickerMap} />,
});

/** A small map to set an incident's point by clicking or dragging. Leaflet loads on the client only. */
export function LocationPicker(props: LocationPickerProps) {
  return <LocationPickerInner {...props} />;
}
