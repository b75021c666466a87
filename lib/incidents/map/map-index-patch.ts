import { allocateMapIndex, type MapIndex } from "./map-index";

/**
 * The index of the same filter after some incidents changed, without reading the others again
 * (docs/decisions/027, amendment of 2026-12-06): the entries of every `changed` id are dropped, the
 * `fresh` index (the changed incidents' current points that match the filter, built as usual) is
 * merged in, in (code, id) order, and the prefix sums are summed again. Equal, array for array, to
 * the index built from scratch of the same points. The kept entries are copied in runs between the
 * few places that change: linear in the index's size, but mostly memory copies.
 */
export function patchMapIndex(index: MapIndex, changed: readonly number[], fresh: MapIndex): MapIndex {
  const gone = idSet(changed);
  const dropped: number[] = [];
  for (let k = 0; k < index.count; k++) if (gone.has(index.ids[k]!)) dropped.push(k);
  const out = allocateMapIndex(index.count - dropped.length + fresh.count);
  let [i, j, k, d] = [0, 0, 0, 0];
  while (k < out.count) {
    if (d < dropped.length && dropped[d] === i) {
      i++;
      d++;
      continue;
    }
    // The old entries from i on that come before the next dropped one and the next fresh one.
    let end = d < dropped.length ? dropped[d]! : index.count;
    if (j < fresh.count) end = firstAfter(index, i, end, fresh.codes[j]!, fresh.ids[j]!);
    if (end > i) {
      copyRun(index, i, end, out, k);
      k += end - i;
      i = end;
    } else {
      copyRun(fresh, j, j + 1, out, k);
      k++;
      j++;
    }
  }
  return out;
}

/** The first position in [from, to) whose entry sorts after (code, id); `to` if none. */
function firstAfter(index: MapIndex, from: number, to: number, code: number, id: number): number {
  let [lo, hi] = [from, to];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.codes[mid]! < code || (index.codes[mid]! === code && index.ids[mid]! < id)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Entries [from, to) of `source` to `out` at `at`. Prefix sums continue from out's sum at `at`: a
 * point's killed and grid steps are the differences of its own index's sums, all whole numbers far
 * below 2^53, so the sums are exact whatever order they are added in.
 */
function copyRun(source: MapIndex, from: number, to: number, out: MapIndex, at: number) {
  for (const key of ["codes", "ids", "lats", "lngs", "killed", "flags"] as const) {
    (out[key] as Float64Array).set((source[key] as Float64Array).subarray(from, to), at);
  }
  for (const key of ["killedSum", "xSum", "ySum"] as const) {
    const [src, dst] = [source[key], out[key]];
    const offset = dst[at]! - src[from]!;
    for (let m = from; m < to; m++) dst[at + m - from + 1] = src[m + 1]! + offset;
  }
}

/** Membership of a few thousand ids, asked a million times: a bitmap, far faster than a Set. */
function idSet(ids: readonly number[]): { has: (id: number) => boolean } {
  let max = 0;
  for (const id of ids) max = Math.max(max, id);
  const bits = new Uint8Array((max >>> 3) + 1);
  for (const id of ids) bits[id >>> 3]! |= 1 << (id & 7);
  return { has: (id) => id <= max && (bits[id >>> 3]! & (1 << (id & 7))) !== 0 };
}
