import { decodeMapPoints, type MapPoints } from "@/lib/incidents/map-points";

const pending = new Map<string, Promise<MapPoints>>();

/**
 * Fetches and decodes the map's points for a filter (GET /api/incidents/map), once per filter: the
 * lazy map wrapper starts it while Leaflet's code is still loading, and the point layer picks it up.
 * Only the latest few filters are kept.
 */
export function loadMapPoints(filterQuery: string): Promise<MapPoints> {
  let promise = pending.get(filterQuery);
  if (!promise) {
    promise = fetch(`/api/incidents/map?${filterQuery}`)
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(decodeMapPoints);
    promise.catch(() => pending.delete(filterQuery));
    pending.set(filterQuery, promise);
    if (pending.size > 4) pending.delete(pending.keys().next().value!);
  }
  return promise;
}
