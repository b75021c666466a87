import type { Map as LeafletMap } from "leaflet";
import { cellsInBbox, MAX_LATITUDE } from "@/lib/incidents/map/map-grid";
import { MAP_MAX_ZOOM, MAX_VIEW_CELLS, REGION_VIEW, type MapViewQuery } from "@/lib/incidents/map/map-view-schema";

const cellCount = (view: MapViewQuery) => {
  const { x0, x1, y0, y1 } = cellsInBbox(view.bbox, view.zoom);
  return (x1 - x0 + 1) * (y1 - y0 + 1);
};

/**
 * What the map asks the server for at its present view (docs/decisions/027): up to the zoom at which
 * the whole region is few enough cells, the whole region (one answer serves every pan, and the
 * overview preloads it); closer in, the view with half a screen around it, so a small pan needs no
 * new answer.
 */
export function viewRequest(map: LeafletMap): MapViewQuery {
  const zoom = Math.min(MAP_MAX_ZOOM, Math.max(0, Math.round(map.getZoom())));
  const region = { bbox: REGION_VIEW.bbox, zoom };
  const bounds = map.getBounds();
  const inRegion =
    bounds.getWest() >= region.bbox[0] && bounds.getSouth() >= region.bbox[1] && bounds.getEast() <= region.bbox[2] && bounds.getNorth() <= region.bbox[3];
  if (inRegion && cellCount(region) <= MAX_VIEW_CELLS) return region;
  for (const pad of [0.5, 0.2, 0]) {
    const b = bounds.pad(pad);
    const view: MapViewQuery = {
      bbox: [Math.max(-180, b.getWest()), Math.max(-MAX_LATITUDE, b.getSouth()), Math.min(180, b.getEast()), Math.min(MAX_LATITUDE, b.getNorth())],
      zoom,
    };
    if (cellCount(view) <= MAX_VIEW_CELLS || pad === 0) return view;
  }
  throw new Error("unreachable");
}

/** Whether an answer for `had` also holds everything `want` would show. */
export function covers(had: MapViewQuery, want: MapViewQuery): boolean {
  return had.zoom === want.zoom && had.bbox[0] <= want.bbox[0] && had.bbox[1] <= want.bbox[1] && had.bbox[2] >= want.bbox[2] && had.bbox[3] >= want.bbox[3];
}
