import { describe, expect, it } from "vitest";
import { cellLevel, GRID_BITS, stepX, stepY } from "./map-grid";
import { createMapIndexBuilder, type MapIndex } from "./map-index";
import { KILLED_NOT_REPORTED } from "./map-points";
import { clustersInView, MAX_STACKED_POINTS, MIN_CLUSTER_POINTS, type MapViewData } from "./map-view";
import { MAP_MAX_ZOOM, REGION_VIEW, type MapViewQuery } from "./map-view-schema";

type Row = { id: number; lat: number; lng: number; flags: number; killed: number | null };

/** A deterministic spread of incidents like the real data: dense around towns, some stacked on centroids. */
function rows(n: number, seed = 7): Row[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const towns = [
    [34.01, 71.56],
    [30.18, 67.0],
    [33.0, 70.27],
    [34.53, 69.17],
    [31.61, 65.71],
  ];
  return Array.from({ length: n }, (_, i) => {
    const [lat, lng] = towns[i % towns.length]!;
    const stacked = i % 10 === 0;
    const spread = i % 3 === 0 ? 3 : 0.2;
    return {
      id: i + 1,
      lat: stacked ? lat! : Math.round((lat! + (next() - 0.5) * spread) * 1e5) / 1e5,
      lng: stacked ? lng! : Math.round((lng! + (next() - 0.5) * spread) * 1e5) / 1e5,
      flags: i % 6,
      killed: i % 13 === 0 ? null : Math.floor(next() * 40),
    };
  });
}

function indexOf(list: Row[]): MapIndex {
  const builder = createMapIndexBuilder();
  for (const r of list) builder.add(r.id, r.lat, r.lng, r.flags, r.killed);
  return builder.build();
}

const cellOf = (r: Row, zoom: number) => {
  const shift = GRID_BITS - cellLevel(zoom);
  return `${stepX(r.lng) >>> shift}/${stepY(r.lat) >>> shift}`;
};
const killedOf = (list: Row[]) => list.reduce((sum, r) => sum + (r.killed ?? 0), 0);
const inBbox = (r: Row, [w, s, e, n]: MapViewQuery["bbox"]) => r.lng >= w && r.lng <= e && r.lat >= s && r.lat <= n;

/** Every incident in view is in exactly one cluster or drawn as itself, and each cluster's figures are its cell's. */
function expectExact(list: Row[], view: MapViewQuery, answer: MapViewData) {
  const byCell = new Map<string, Row[]>();
  for (const r of list) if (inBbox(r, view.bbox)) byCell.set(cellOf(r, view.zoom), [...(byCell.get(cellOf(r, view.zoom)) ?? []), r]);
  const pointIds = new Set(answer.points.map((p) => p[0]));
  expect(pointIds.size).toBe(answer.points.length);
  for (const [lat, lng, count, killed] of answer.clusters) {
    const cell = cellOf({ id: 0, lat, lng, flags: 0, killed: null }, view.zoom);
    const members = list.filter((r) => cellOf(r, view.zoom) === cell);
    expect(count).toBe(members.length);
    expect(killed).toBe(killedOf(members));
    for (const r of members) expect(pointIds.has(r.id)).toBe(false);
  }
  for (const cellRows of byCell.values()) {
    const asPoints = cellRows.filter((r) => pointIds.has(r.id)).length;
    expect([0, cellRows.length]).toContain(asPoints);
    const cell = cellOf(cellRows[0]!, view.zoom);
    if (list.filter((r) => cellOf(r, view.zoom) === cell).length < MIN_CLUSTER_POINTS) expect(asPoints).toBe(cellRows.length);
  }
  const drawn = answer.clusters.reduce((sum, c) => sum + c[2], 0) + answer.points.length;
  expect(drawn).toBeGreaterThanOrEqual(list.filter((r) => inBbox(r, view.bbox)).length);
}

describe("clusters from the server's index", () => {
  const list = rows(5000);
  const index = indexOf(list);

  it("keeps the points in Morton order with every point once", () => {
    expect(index.count).toBe(list.length);
    for (let k = 1; k < index.count; k++) expect(index.codes[k]!).toBeGreaterThanOrEqual(index.codes[k - 1]!);
    expect([...index.ids].sort((a, b) => a - b)).toEqual(list.map((r) => r.id));
    expect(index.killedSum[index.count]).toBe(killedOf(list));
  });

  it("counts every incident exactly once over the whole region, at every zoom it fits", () => {
    for (let zoom = 0; zoom <= 6; zoom++) {
      const answer = clustersInView(index, { bbox: REGION_VIEW.bbox, zoom });
      expect(answer.total).toBe(list.length);
      expect(answer.clusters.reduce((sum, c) => sum + c[2], 0) + answer.points.length, `zoom ${zoom}`).toBe(list.length);
      expect(answer.clusters.reduce((sum, c) => sum + c[3], 0) + answer.points.reduce((sum, p) => sum + (p[3] ?? 0), 0)).toBe(killedOf(list));
      expectExact(list, { bbox: REGION_VIEW.bbox, zoom }, answer);
    }
  });

  it("gives each cluster its cell's exact count and killed in a closer view, and draws small cells' points as they are", () => {
    for (const view of [
      { bbox: [70.5, 33.2, 72.6, 34.8], zoom: 9 },
      { bbox: [71.3, 33.8, 71.8, 34.2], zoom: 12 },
      { bbox: [66.5, 29.7, 67.5, 30.7], zoom: 11 },
    ] as MapViewQuery[]) {
      const answer = clustersInView(index, view);
      expect(answer.clusters.length + answer.points.length).toBeGreaterThan(0);
      expectExact(list, view, answer);
      for (const [id, lat, lng, killed, flags] of answer.points) {
        const row = list[id - 1]!;
        expect([lat, lng, killed, flags]).toEqual([row.lat, row.lng, row.killed, row.flags]);
      }
    }
  });

  it("says at which zoom a cluster splits: one cell just before it, more from it on", () => {
    const answer = clustersInView(index, { bbox: REGION_VIEW.bbox, zoom: 5 });
    const splitting = answer.clusters.filter((c) => c[4] !== null);
    expect(splitting.length).toBeGreaterThan(3);
    for (const [lat, lng, , , expandZoom] of splitting) {
      const members = list.filter((r) => cellOf(r, 5) === cellOf({ id: 0, lat, lng, flags: 0, killed: null }, 5));
      const cellsAt = (zoom: number) => new Set(members.map((r) => cellOf(r, zoom))).size;
      expect(cellsAt(expandZoom!)).toBeGreaterThan(1);
      expect(cellsAt(expandZoom! - 1)).toBe(1);
    }
  });

  it("keeps incidents at one spot a cluster that does not split; at the deepest zoom draws them, unless there are too many", () => {
    const few = rows(40).map((r, i) => ({ ...r, id: i + 1, lat: 30.5, lng: 66.5 }));
    const many = Array.from({ length: MAX_STACKED_POINTS + 1 }, (_, i) => ({ ...few[0]!, id: 100 + i, lat: 34.5, lng: 71.5, killed: 1 }));
    const stacks = indexOf([...few, ...many]);
    const region = clustersInView(stacks, { bbox: REGION_VIEW.bbox, zoom: 5 });
    expect(region.clusters.map((c) => [c[2], c[4]]).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [40, null],
      [MAX_STACKED_POINTS + 1, null],
    ]);
    const deepFew = clustersInView(stacks, { bbox: [66.499, 30.499, 66.501, 30.501], zoom: MAP_MAX_ZOOM });
    expect([deepFew.clusters.length, deepFew.points.length]).toEqual([0, 40]);
    const deepMany = clustersInView(stacks, { bbox: [71.499, 34.499, 71.501, 34.501], zoom: MAP_MAX_ZOOM });
    expect(deepMany.clusters).toEqual([[34.5, 71.5, MAX_STACKED_POINTS + 1, MAX_STACKED_POINTS + 1, null]]);
    expect(deepMany.points).toEqual([]);
  });

  it("answers an empty filter with nothing, and keeps 'not reported' apart from 0", () => {
    expect(clustersInView(indexOf([]), REGION_VIEW)).toEqual({ total: 0, zoom: 5, bbox: REGION_VIEW.bbox, clusters: [], points: [] });
    const one = clustersInView(indexOf([{ id: 9, lat: 30, lng: 66, flags: 0x13, killed: null }]), REGION_VIEW);
    expect(one.points).toEqual([[9, 30, 66, null, 0x13]]);
    expect(KILLED_NOT_REPORTED).toBe(0xffff);
  });
});
