"use client";

import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import { withMapState, type ShadeBy } from "@/lib/map/map-view-param";
import { takeProgrammaticMove } from "./programmatic-move";

type Props = {
  shadeBy: ShadeBy;
  /** The page's query as the server last rendered it: after a navigation the view is written again. */
  pageQuery: string;
  /** The address already names a view or shading: keep it there from the start. */
  linked: boolean;
};

/**
 * Keeps the map's view and shading in the address (`map=zoom/lat/lng`, `shade=killed`) once the
 * analyst has moved the map or changed the shading, replacing the history entry rather than adding
 * one per pan, so a shared link or Back shows the same map. An untouched map leaves the address as it
 * is. Renders nothing.
 */
export function MapViewUrl({ shadeBy, pageQuery, linked }: Props) {
  const map = useMap();
  const touched = useRef(linked);
  const lastShade = useRef(shadeBy);
  useEffect(() => {
    const write = () => {
      const c = map.getCenter();
      const query = withMapState(window.location.search.slice(1), { zoom: map.getZoom(), lat: c.lat, lng: c.lng }, shadeBy);
      const next = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
      if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, "", next);
    };
    const onMove = () => {
      // Framing the chosen provinces is the filter's doing, not the analyst moving the map.
      if (!takeProgrammaticMove(map)) touched.current = true;
      if (touched.current) write();
    };
    if (lastShade.current !== shadeBy) touched.current = true;
    lastShade.current = shadeBy;
    if (touched.current) write();
    map.on("moveend", onMove);
    return () => {
      map.off("moveend", onMove);
    };
  }, [map, shadeBy, pageQuery]);
  return null;
}
