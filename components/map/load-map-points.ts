import { decodeMapPoints, mapPointsPath, type MapPoints } from "@/lib/incidents/map/map-points";
import { buildClusterSource, openClusterWorker, type ClusterSource } from "./cluster-source";

/** A filter's points, decoded for drawing and hit-testing, and their clusters (built in a worker). */
export type LoadedPoints = { points: MapPoints; clusters: ClusterSource };

const pending = new Map<string, Promise<LoadedPoints>>();

/**
 * Fetches, decodes and clusters the map's points for a filter (GET /api/incidents/map), once per
 * filter: the lazy map wrapper starts it while Leaflet's code is still loading, and the point layer
 * picks it up. The page preloads the response and the worker's code loads meanwhile. Only the latest
 * few filters are kept.
 */
export function loadMapPoints(filterQuery: string): Promise<LoadedPoints> {
  let promise = pending.get(filterQuery);
  if (!promise) {
    openClusterWorker();
    promise = fetch(mapPointsPath(filterQuery))
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(async (buffer) => {
        const points = decodeMapPoints(buffer);
        return { points, clusters: await buildClusterSource(buffer) };
      });
    promise.catch(() => pending.delete(filterQuery));
    pending.set(filterQuery, promise);
    if (pending.size > 4) {
      const [oldest, loaded] = pending.entries().next().value!;
      pending.delete(oldest);
      loaded.then((l) => l.clusters.dispose()).catch(() => undefined);
    }
  }
  return promise;
}
