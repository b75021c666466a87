"use client";

import { useEffect, useRef, type RefObject } from "react";
import { useMap } from "react-leaflet";
import { provinceBounds } from "@/lib/geo/province-bounds";
import { REGION_BOUNDS } from "@/lib/geo/region";
import { markProgrammaticMove } from "./programmatic-move";

type Props = {
  provinces: readonly string[];
  /** Set when the change came from a click on the map itself: the view then stays where it is. */
  changedOnMapRef: RefObject<boolean>;
  /** The map opened on a view from its link (map=): that view stands, even with provinces chosen. */
  keepOpeningView?: boolean;
};

/**
 * Frames the provinces in the filter: when the choice changes the map zooms to them, and back out to
 * the whole region when it is cleared; a map opened from a link with provinces starts on them (unless
 * the link names its own view). A
 * province clicked on the map is not zoomed to: the map would move under the pointer.
 */
export function FitToProvinces({ provinces, changedOnMapRef, keepOpeningView = false }: Props) {
  const map = useMap();
  const key = [...provinces].sort().join(",");
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (shown.current === key) return;
    const opening = shown.current === null;
    shown.current = key;
    if (changedOnMapRef.current) {
      changedOnMapRef.current = false;
      return;
    }
    if (opening && keepOpeningView) return;
    const bounds = provinceBounds(key ? key.split(",") : []);
    if (!bounds && opening) return;
    markProgrammaticMove(map);
    if (bounds) map.fitBounds(bounds, { padding: [16, 16], animate: !opening });
    else map.fitBounds(REGION_BOUNDS, { animate: true });
  }, [key, map, changedOnMapRef, keepOpeningView]);
  return null;
}
