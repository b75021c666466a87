import type { Position } from "geojson";

/** [west, south, east, north] in degrees. */
export type Box = readonly [west: number, south: number, east: number, north: number];

const inside = (p: Position, [w, s, e, n]: Box) => p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n;

/**
 * The parts of a line that touch the box: runs of points inside it, each extended by the point just
 * outside on either side so the line leaves the frame instead of stopping short of it. Enough for a
 * basemap whose view is itself bounded; not an exact geometric clip.
 */
export function clipLine(line: readonly Position[], box: Box): Position[][] {
  const parts: Position[][] = [];
  let run: Position[] = [];
  line.forEach((p, i) => {
    if (inside(p, box)) {
      if (run.length === 0 && i > 0) run.push(line[i - 1]!);
      run.push(p);
      return;
    }
    if (run.length > 0) {
      run.push(p);
      parts.push(run);
      run = [];
    }
  });
  if (run.length > 0) parts.push(run);
  return parts.filter((part) => part.length >= 2);
}

/** Whether any point of the rings lies in the box: polygons (lakes) are kept whole or dropped. */
export function ringsTouchBox(rings: readonly (readonly Position[])[], box: Box): boolean {
  return rings.some((ring) => ring.some((p) => inside(p, box)));
}
