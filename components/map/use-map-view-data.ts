"use client";

import { useEffect, useState } from "react";
import { useMap } from "react-leaflet";
import type { MapViewData } from "@/lib/incidents/map/map-view";
import type { MapViewQuery } from "@/lib/incidents/map/map-view-schema";
import { loadMapView } from "./load-map-view";
import { covers, viewRequest } from "./map-view-request";

/** A view's answer, with the filter it was asked for. */
export type LoadedView = MapViewData & { query: string };

/** performance marks the bench reads (scripts/bench): a move's end, and its clusters drawn. */
export const MOVE_MARK = "atlas-map-moveend";
export const DRAWN_MARK = "atlas-map-drawn";

/**
 * The clusters and points for the map's present view and filter, asked again after each move
 * (moveend, which a zoom ends with too) unless the last answer already holds the new view. Until the
 * new answer arrives the last one stays (no grey flash); an answer overtaken by a later move is
 * dropped. `onError` is told when an answer fails.
 */
export function useMapViewData(filterQuery: string, onError: (query: string) => void): LoadedView | null {
  const map = useMap();
  const [data, setData] = useState<LoadedView | null>(null);

  useEffect(() => {
    let asked: MapViewQuery | null = null;
    let controller: AbortController | null = null;
    const request = () => {
      const view = viewRequest(map);
      if (asked && covers(asked, view)) return;
      asked = view;
      controller?.abort();
      const current = (controller = new AbortController());
      performance.mark(MOVE_MARK);
      loadMapView(filterQuery, view, current.signal)
        .then((answer) => setData({ ...answer, query: filterQuery }))
        .catch((error: unknown) => {
          if (current.signal.aborted) return;
          asked = null;
          console.warn("Map clusters failed to load", error);
          onError(filterQuery);
        });
    };
    request();
    map.on("moveend", request);
    return () => {
      map.off("moveend", request);
      controller?.abort();
    };
  }, [map, filterQuery, onError]);

  return data;
}
