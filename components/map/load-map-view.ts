import type { MapViewData } from "@/lib/incidents/map/map-view";
import { mapViewPath, type MapViewQuery } from "@/lib/incidents/map/map-view-schema";

/**
 * One view's clusters and points for a filter (GET /api/incidents/map). The address is built as the
 * overview's preload builds it, so the first view's answer is the one the page already asked for.
 */
export async function loadMapView(filterQuery: string, view: MapViewQuery, signal: AbortSignal): Promise<MapViewData> {
  const response = await fetch(mapViewPath(filterQuery, view), { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as MapViewData;
}
