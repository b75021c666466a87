import { describe, expect, it } from "vitest";
import { createMapIndexBuilder, type MapIndex } from "./map-index";
import { patchMapIndex } from "./map-index-patch";

/** A point as the point list gives it: id, lat, lng, flags, killed (null: not reported). */
type Point = [id: number, lat: number, lng: number, flags: number, killed: number | null];

/** A small deterministic generator (mulberry32), so a failing case can be run again. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Built from scratch, the points in the order given (SQL promises none). */
function build(points: Iterable<Point>): MapIndex {
  const builder = createMapIndexBuilder();
  for (const [id, lat, lng, flags, killed] of points) builder.add(id, lat, lng, flags, killed);
  return builder.build();
}

const plain = (index: MapIndex) =>
  Object.fromEntries(Object.entries(index).map(([k, v]) => [k, typeof v === "number" ? v : Array.from(v as ArrayLike<number>)]));

function randomPoint(next: () => number, id: number): Point {
  // Few places, so that many points share a grid step (district centroids) and ties need the id order.
  const spot = Math.floor(next() * 40);
  const [lat, lng] = next() < 0.5 ? [24 + spot * 0.37, 61 + spot * 0.29] : [24 + next() * 13, 61 + next() * 14];
  return [id, Math.round(lat * 1e5) / 1e5, Math.round(lng * 1e5) / 1e5, Math.floor(next() * 32), next() < 0.2 ? null : Math.floor(next() * 60)];
}

describe("patchMapIndex", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])("equals a full build after random adds, removes and moves (seed %i)", (seed) => {
    const next = random(seed);
    const points = new Map<number, Point>();
    let nextId = 1;
    for (let k = 0, n = Math.floor(next() * 400); k < n; k++, nextId++) points.set(nextId, randomPoint(next, nextId));
    let index = build(points.values());
    for (let round = 0; round < 5; round++) {
      const changed: number[] = [];
      for (let k = 0, n = Math.floor(next() * 30); k < n; k++) {
        const roll = next();
        if (roll < 0.35 || points.size === 0) {
          // A new incident, or one that now matches the filter.
          const id = nextId++;
          points.set(id, randomPoint(next, id));
          changed.push(id);
        } else {
          const ids = [...points.keys()];
          const id = ids[Math.floor(next() * ids.length)]!;
          if (roll < 0.65)
            points.delete(id); // trashed, purged, or no longer matching
          else points.set(id, randomPoint(next, id)); // moved, retyped, its toll edited
          changed.push(id);
        }
      }
      // Also ids written but unchanged for this filter, and ids never in it.
      changed.push(...[...points.keys()].slice(0, 2), nextId + 1000);
      const fresh = build([...new Set(changed)].flatMap((id) => (points.has(id) ? [points.get(id)!] : [])).reverse());
      index = patchMapIndex(index, changed, fresh);
      const shuffled = [...points.values()].sort(() => next() - 0.5);
      expect(plain(index)).toEqual(plain(build(shuffled)));
    }
  });

  it("keeps the index when nothing changed, and empties it when every incident left", () => {
    const points: Point[] = [
      [1, 34.01, 71.55, 0, 3],
      [2, 34.01, 71.55, 1, null],
      [3, 30.18, 67, 2, 12],
    ];
    const index = build(points);
    expect(plain(patchMapIndex(index, [], build([])))).toEqual(plain(index));
    expect(plain(patchMapIndex(index, [1, 2, 3], build([])))).toEqual(plain(build([])));
    expect(plain(patchMapIndex(build([]), [4], build([[4, 33.6, 73.04, 0, 1]])))).toEqual(plain(build([[4, 33.6, 73.04, 0, 1]])));
  });

  it("orders points at one spot by id, whatever order they were added in", () => {
    const a = build([
      [9, 34.01, 71.55, 0, 1],
      [4, 34.01, 71.55, 0, 2],
      [7, 34.01, 71.55, 0, 3],
    ]);
    expect(Array.from(a.ids)).toEqual([4, 7, 9]);
    expect(Array.from(a.killedSum)).toEqual([0, 2, 5, 6]);
  });
});
