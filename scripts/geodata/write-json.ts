import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Geometry, Position } from "geojson";

export const DATA_DIR = path.resolve("lib/geo/data");

export function writeData(file: string, data: unknown): void {
  const target = path.join(DATA_DIR, file);
  writeFileSync(target, `${JSON.stringify(data)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

const roundTo = (digits: number) => {
  const f = 10 ** digits;
  return (n: number) => Math.round(n * f) / f;
};

/** Rounds every coordinate and drops rings that simplification collapsed below a triangle. */
export function roundGeometry<G extends Geometry>(geometry: G, digits: number): G {
  const r = roundTo(digits);
  const pos = (p: Position): Position => [r(p[0]!), r(p[1]!)];
  const ring = (ps: Position[]) => ps.map(pos);
  const polygon = (rings: Position[][]) => rings.map(ring).filter((rg) => rg.length >= 4);
  if (geometry.type === "Polygon") return { ...geometry, coordinates: polygon(geometry.coordinates) };
  if (geometry.type === "MultiPolygon") {
    const polys = geometry.coordinates.map(polygon).filter((p) => p.length > 0);
    return { ...geometry, coordinates: polys };
  }
  throw new Error(`unexpected geometry type ${geometry.type}`);
}
