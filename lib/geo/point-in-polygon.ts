import type { MultiPolygon, Polygon, Position } from "geojson";

/** Ray casting: flips on every edge crossed by a ray running east from the point. */
function crossingsFlip(lng: number, lat: number, ring: readonly Position[], inside: boolean): boolean {
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    const ay = a[1]!;
    const by = b[1]!;
    if (ay > lat !== by > lat && lng < ((b[0]! - a[0]!) * (lat - ay)) / (by - ay) + a[0]!) inside = !inside;
  }
  return inside;
}

/**
 * Whether a point lies in a GeoJSON Polygon or MultiPolygon, holes excluded. Counting crossings over
 * the outer ring and its holes together (even-odd) makes a point inside a hole come out as outside.
 * A point exactly on an edge may go either way.
 */
export function pointInPolygon(lng: number, lat: number, geometry: Polygon | MultiPolygon): boolean {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons) {
    let inside = false;
    for (const ring of rings) inside = crossingsFlip(lng, lat, ring, inside);
    if (inside) return true;
  }
  return false;
}
