import { ADMIN1 } from "./admin1";

export type Bounds = [[number, number], [number, number]];

/** The box around the given provinces' outlines, as Leaflet takes it ([[south, west], [north, east]]); null for none known. */
export function provinceBounds(isos: readonly string[]): Bounds | null {
  const wanted = new Set(isos);
  let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of ADMIN1.features) {
    if (!wanted.has(feature.properties.iso)) continue;
    const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const ring of polygons.flat()) {
      for (const [lng, lat] of ring) {
        south = Math.min(south, lat!);
        north = Math.max(north, lat!);
        west = Math.min(west, lng!);
        east = Math.max(east, lng!);
      }
    }
  }
  return south === Infinity
    ? null
    : [
        [south, west],
        [north, east],
      ];
}
