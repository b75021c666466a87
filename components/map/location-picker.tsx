"use client";

import dynamic from "next/dynamic";
import type { LocationPickerProps } from "./location-picker-inner";

const LocationPickerInner = dynamic(() => import("./location-picker-inner").then((m) => m.LocationPickerInner), {
  ssr: false,
  loading: () => <div className="picker-map skeleton" aria-label="Loading map" />,
});

/** A small map to set an incident's point by clicking or dragging. Leaflet loads on the client only. */
export function LocationPicker(props: LocationPickerProps) {
  return <LocationPickerInner {...props} />;
}
