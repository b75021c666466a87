"use client";

import { useMapEvents } from "react-leaflet";
import { ADMIN1 } from "@/lib/geo/admin1";
import { pointInPolygon } from "@/lib/geo/point-in-polygon";
import type { HitTest, PointHit } from "./point-layer";

type Props = {
  hitTestRef: React.RefObject<HitTest | null>;
  onPoint: (hit: PointHit) => void;
  onProvince: (iso: string) => void;
};

/** One click handler for the map: an incident under the pointer opens its popup, else the province toggles. */
export function MapClicks({ hitTestRef, onPoint, onProvince }: Props) {
  useMapEvents({
    click(e) {
      const hit = hitTestRef.current?.(e.containerPoint.x, e.containerPoint.y);
      if (hit) return onPoint(hit);
      const province = ADMIN1.features.find((f) => pointInPolygon(e.latlng.lng, e.latlng.lat, f.geometry));
      if (province) onProvince(province.properties.iso);
    },
  });
  return null;
}
