import type { Position } from "geojson";
import { ADMIN1 } from "./admin1";

/**
 * The bundled province outlines (admin1.json) as SVG path data on a fixed canvas, for static maps
 * drawn on the server: the bulletin's HTML map and its PDF draw the same paths (decision 022), no
 * tiles. An equirectangular projection scaled by the cosine of the middle latitude is close enough
 * at this size for a region 15 degrees tall.
 */
export const MAP_WIDTH = 600;

export type ProvinceShape = { iso: string; name: string; d: string };
export type StaticMap = { width: number; height: number; shapes: ProvinceShape[]; project: (lng: number, lat: number) => [number, number] };

function extent() {
  let [minLng, minLat, maxLng, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of ADMIN1.features) {
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const ring of polygons.flat())
      for (const [lng, lat] of ring as [number, number][]) {
        [minLng, maxLng, minLat, maxLat] = [Math.min(minLng, lng), Math.max(maxLng, lng), Math.min(minLat, lat), Math.max(maxLat, lat)];
      }
  }
  return { minLng, minLat, maxLng, maxLat };
}

/** A ring as path data, points within a pixel of the last one dropped. */
function ringPath(ring: Position[], project: StaticMap["project"]): string {
  const out: string[] = [];
  let last: [number, number] | null = null;
  for (const [lng, lat] of ring as [number, number][]) {
    const p = project(lng, lat);
    if (last && Math.abs(p[0] - last[0]) < 1 && Math.abs(p[1] - last[1]) < 1) continue;
    out.push(`${p[0].toFixed(1)},${p[1].toFixed(1)}`);
    last = p;
  }
  return out.length > 2 ? `M${out.join("L")}Z` : "";
}

function buildMap(): StaticMap {
  const { minLng, minLat, maxLng, maxLat } = extent();
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const k = MAP_WIDTH / ((maxLng - minLng) * xScale);
  const height = Math.ceil((maxLat - minLat) * k);
  const project = (lng: number, lat: number): [number, number] => [(lng - minLng) * xScale * k, (maxLat - lat) * k];
  const shapes = ADMIN1.features.map((f) => {
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    const d = polygons.flatMap((rings) => rings.map((ring) => ringPath(ring, project))).join("");
    return { iso: f.properties.iso, name: f.properties.name, d };
  });
  return { width: MAP_WIDTH, height, shapes, project };
}

let built: StaticMap | null = null;

/** The region's static map, built once per process. */
export function staticMap(): StaticMap {
  return (built ??= buildMap());
}
