import { cellCodes, cellLevel, cellsInBbox, GRID_BITS, latOfStep, lngOfStep, sharedLevel } from "./map-grid";
import { lowerBound, type MapIndex } from "./map-index";
import { KILLED_NOT_REPORTED } from "./map-points";
import { MAP_MAX_ZOOM, type MapViewQuery } from "./map-view-schema";

/** A cell with at least this many points is drawn as a cluster (as supercluster's minPoints did). */
export const MIN_CLUSTER_POINTS = 4;
/** At the deepest zoom a cell's points are drawn one by one, unless there are more than this at one spot. */
export const MAX_STACKED_POINTS = 200;

/** [lat, lng, count, killed, zoom at which it splits (null: its incidents share one spot)] */
export type MapCluster = [lat: number, lng: number, count: number, killed: number, expandZoom: number | null];
/** [incident id, lat, lng, killed (null: not reported), flags as in map-points.ts] */
export type MapPoint = [id: number, lat: number, lng: number, killed: number | null, flags: number];

/** What GET /api/incidents/map answers: the view's clusters and points, and the filter's whole count. */
export type MapViewData = {
  /** Incidents with coordinates that match the filter, in the whole region (not only in view). */
  total: number;
  zoom: number;
  bbox: [west: number, south: number, east: number, north: number];
  clusters: MapCluster[];
  points: MapPoint[];
};

const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

/**
 * The clusters and points of one view: each 64 px cell of the grid at `zoom` that the bbox touches
 * is a cluster when it holds MIN_CLUSTER_POINTS or more, else its points. Counts and killed are
 * exact (prefix sums over the cell's run of codes); a cluster sits at its points' mean position.
 */
export function clustersInView(index: MapIndex, { bbox, zoom }: MapViewQuery): MapViewData {
  const level = cellLevel(zoom);
  const { x0, x1, y0, y1 } = cellsInBbox(bbox, zoom);
  const clusters: MapCluster[] = [];
  const points: MapPoint[] = [];
  for (let cy = y0; cy <= y1; cy++) {
    // Cells in a row are adjacent in Morton order only in pairs, so each is searched on its own.
    for (let cx = x0; cx <= x1; cx++) {
      const [from, to] = cellCodes(cx, cy, level);
      const lo = lowerBound(index.codes, from);
      if (lo === index.count || index.codes[lo]! >= to) continue;
      const hi = lowerBound(index.codes, to, lo);
      const n = hi - lo;
      const shared = sharedLevel(index.codes[lo]!, index.codes[hi - 1]!);
      const oneSpot = shared === GRID_BITS;
      const cluster = n >= MIN_CLUSTER_POINTS && (zoom < MAX_ZOOM_CLUSTERING || (oneSpot && n > MAX_STACKED_POINTS));
      if (cluster) {
        const x = (index.xSum[hi]! - index.xSum[lo]!) / n + 0.5;
        const y = (index.ySum[hi]! - index.ySum[lo]!) / n + 0.5;
        const expandZoom = oneSpot ? null : Math.min(MAP_MAX_ZOOM, Math.max(zoom + 1, shared - 1));
        clusters.push([round5(latOfStep(y)), round5(lngOfStep(x)), n, index.killedSum[hi]! - index.killedSum[lo]!, expandZoom]);
        continue;
      }
      for (let k = lo; k < hi; k++) {
        const killed = index.killed[k]!;
        points.push([index.ids[k]!, round5(index.lats[k]!), round5(index.lngs[k]!), killed === KILLED_NOT_REPORTED ? null : killed, index.flags[k]!]);
      }
    }
  }
  return { total: index.count, zoom, bbox: [...bbox], clusters, points };
}

/** From this zoom on a cell's points are drawn one by one (the map's deepest zoom). */
const MAX_ZOOM_CLUSTERING = MAP_MAX_ZOOM;
