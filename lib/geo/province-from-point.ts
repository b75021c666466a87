import type { MultiPolygon, Polygon, Position } from "geojson";
import { provinceByIso, type Province } from "../taxonomy/provinces";
import { ADMIN1 } from "./admin1";
import { pointInPolygon } from "./point-in-polygon";

type Candidate = { province: Province; geometry: Polygon | MultiPolygon; bbox: [number, number, number, number] };

function bboxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const outerRings: Position[][] = polygons.map((rings) => rings[0] ?? []);
  for (const [lng, lat] of outerRings.flat() as [number, number][]) {
    box[0] = Math.min(box[0], lng);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lng);
    box[3] = Math.max(box[3], lat);
  }
  return box;
}

let candidates: Candidate[] | undefined;

// Built on first use: the bounding boxes leave one to three polygons to test for most points.
function allCandidates(): Candidate[] {
  candidates ??= ADMIN1.features.map((f) => ({
    province: provinceByIso(f.properties.iso)!,
    geometry: f.geometry,
    bbox: bboxOf(f.geometry),
  }));
  return candidates;
}

/** The Pakistani or Afghan province containing a point, or null outside both countries. */
export function provinceFromPoint(lat: number, lng: number): Province | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  for (const c of allCandidates()) {
    const [w, s, e, n] = c.bbox;
    if (lng < w || lng > e || lat < s || lat > n) continue;
    if (pointInPolygon(lng, lat, c.geometry)) return c.province;
  }
  return null;
}
