import { GRID_BITS, morton, mortonHigh, mortonLow, stepX, stepY } from "./map-grid";
import { KILLED_NOT_REPORTED } from "./map-points";

/**
 * One filter's points, kept on the server in Morton order of their grid steps (map-grid.ts) with
 * prefix sums, so the clusters of any view are read without touching the points (docs/decisions/027).
 * About 47 bytes a point: 47 MB for a million.
 */
export type MapIndex = {
  count: number;
  /** Morton codes, ascending. */
  codes: Float64Array;
  /** Prefix sums (length count + 1): killed (not reported as 0), and the grid steps x and y. */
  killedSum: Float64Array;
  xSum: Float64Array;
  ySum: Float64Array;
  ids: Uint32Array;
  lats: Float32Array;
  lngs: Float32Array;
  /** KILLED_NOT_REPORTED for "not reported". */
  killed: Uint16Array;
  flags: Uint8Array;
};

/** Collects points in any order, then sorts them into a MapIndex. */
export function createMapIndexBuilder() {
  let n = 0;
  let ids = new Uint32Array(1024);
  let lats = new Float64Array(1024);
  let lngs = new Float64Array(1024);
  let killed = new Uint16Array(1024);
  let flags = new Uint8Array(1024);
  const grow = () => {
    const size = ids.length * 2;
    const more = <T extends Uint32Array | Float64Array | Uint16Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
    ids = more(ids, new Uint32Array(size));
    lats = more(lats, new Float64Array(size));
    lngs = more(lngs, new Float64Array(size));
    killed = more(killed, new Uint16Array(size));
    flags = more(flags, new Uint8Array(size));
  };
  return {
    add(id: number, lat: number, lng: number, pointFlags: number, pointKilled: number | null) {
      if (n === ids.length) grow();
      ids[n] = id;
      lats[n] = lat;
      lngs[n] = lng;
      killed[n] = pointKilled === null ? KILLED_NOT_REPORTED : Math.min(Math.max(pointKilled, 0), KILLED_NOT_REPORTED - 1);
      flags[n] = pointFlags;
      n++;
    },
    build(): MapIndex {
      return sortIntoIndex(n, ids, lats, lngs, killed, flags);
    },
  };
}

/**
 * LSD radix sort of point numbers by their 52-bit codes, ties by incident id, 13 bits a pass (linear:
 * a million in ~70 ms). Ties in id order make the index a function of the point set alone, whatever
 * order SQL hands the points over in, so a patched index can equal a rebuilt one (map-index-patch.ts).
 */
function mortonOrder(high: Uint32Array, low: Uint32Array, ids: Uint32Array, n: number): Uint32Array {
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Uint32Array(8193);
  let maxId = 0;
  for (let i = 0; i < n; i++) maxId = Math.max(maxId, ids[i]!);
  const idPasses = ([0, 13, 26] as const).filter((shift) => shift === 0 || maxId >>> shift > 0).map((shift) => [ids, shift] as const);
  for (const [keys, shift] of [...idPasses, [low, 0], [low, 13], [high, 0], [high, 13]] as const) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((keys[order[i]!]! >>> shift) & 0x1fff) + 1]!++;
    for (let b = 1; b < 8193; b++) counts[b]! += counts[b - 1]!;
    for (let i = 0; i < n; i++) {
      const p = order[i]!;
      next[counts[(keys[p]! >>> shift) & 0x1fff]!++] = p;
    }
    [order, next] = [next, order];
  }
  return order;
}

function sortIntoIndex(n: number, ids: Uint32Array, lats: Float64Array, lngs: Float64Array, killed: Uint16Array, flags: Uint8Array): MapIndex {
  const xs = new Uint32Array(n);
  const ys = new Uint32Array(n);
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = stepX(lngs[i]!);
    ys[i] = stepY(lats[i]!);
    high[i] = mortonHigh(xs[i]!, ys[i]!);
    low[i] = mortonLow(xs[i]!, ys[i]!);
  }
  const order = mortonOrder(high, low, ids, n);
  const index = allocateMapIndex(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    index.codes[k] = high[i]! * 2 ** GRID_BITS + low[i]!;
    index.ids[k] = ids[i]!;
    index.lats[k] = lats[i]!;
    index.lngs[k] = lngs[i]!;
    index.killed[k] = killed[i]!;
    index.flags[k] = flags[i]!;
    const k1 = killed[i]! === KILLED_NOT_REPORTED ? 0 : killed[i]!;
    index.killedSum[k + 1] = index.killedSum[k]! + k1;
    index.xSum[k + 1] = index.xSum[k]! + xs[i]!;
    index.ySum[k + 1] = index.ySum[k]! + ys[i]!;
  }
  return index;
}

/**
 * An index of n points with every array zeroed, on shared memory: the server's thread and the index's
 * worker both read it without copying, so a kept index can be handed to the worker to be patched.
 */
export function allocateMapIndex(n: number): MapIndex {
  const shared = <T>(Type: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number }, length: number) =>
    new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT));
  return {
    count: n,
    codes: shared(Float64Array, n),
    killedSum: shared(Float64Array, n + 1),
    xSum: shared(Float64Array, n + 1),
    ySum: shared(Float64Array, n + 1),
    ids: shared(Uint32Array, n),
    lats: shared(Float32Array, n),
    lngs: shared(Float32Array, n),
    killed: shared(Uint16Array, n),
    flags: shared(Uint8Array, n),
  };
}

/** The first position whose code is >= code. */
export function lowerBound(codes: Float64Array, code: number, from = 0, to = codes.length): number {
  let [lo, hi] = [from, to];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (codes[mid]! < code) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A point's code, for tests and for checks against the index. */
export const codeOf = (lat: number, lng: number) => morton(stepX(lng), stepY(lat));
