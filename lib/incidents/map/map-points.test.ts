import { describe, expect, it } from "vitest";
import {
  decodeMapPoints,
  encodeMapPoints,
  isApproximateFlag,
  KILLED_NOT_REPORTED,
  parsePointList,
  pointFlags,
  typeIndexOf,
  type MapPointRow,
} from "./map-points";

const rows: MapPointRow[] = [
  { id: 1, lat: 32.97, lng: 70.27, flags: pointFlags("Explosions/Remote violence", "town"), killed: 13 },
  { id: 70_000, lat: 25.12163, lng: 62.32541, flags: pointFlags("Battles", "district"), killed: null },
  { id: 4_000_000_000, lat: 37.0, lng: 76.9, flags: pointFlags("Protests", "province"), killed: 0 },
];

describe("map point encoding", () => {
  it("takes 11 bytes a point after a 40-byte header", () => {
    expect(encodeMapPoints(rows).byteLength).toBe(40 + 11 * rows.length);
  });

  it("round-trips ids, killed, event types and precision exactly", () => {
    const p = decodeMapPoints(encodeMapPoints(rows).buffer);
    expect(p.count).toBe(3);
    expect([...p.ids]).toEqual([1, 70_000, 4_000_000_000]);
    expect([...p.killed]).toEqual([13, KILLED_NOT_REPORTED, 0]);
    expect([...p.flags].map(typeIndexOf)).toEqual([1, 0, 3]);
    expect([...p.flags].map(isApproximateFlag)).toEqual([false, true, true]);
  });

  it("keeps positions within a few tens of metres over the region", () => {
    const p = decodeMapPoints(encodeMapPoints(rows).buffer);
    rows.forEach((r, i) => {
      expect(Math.abs(p.lats[i]! - r.lat)).toBeLessThan(0.0003);
      expect(Math.abs(p.lngs[i]! - r.lng)).toBeLessThan(0.0003);
    });
  });

  it("places a single point exactly", () => {
    const p = decodeMapPoints(encodeMapPoints([rows[0]!]).buffer);
    expect(p.lats[0]).toBeCloseTo(32.97, 10);
    expect(p.lngs[0]).toBeCloseTo(70.27, 10);
  });

  it("encodes no points", () => {
    expect(decodeMapPoints(encodeMapPoints([]).buffer).count).toBe(0);
  });

  it("caps a killed count at the largest storable value", () => {
    const p = decodeMapPoints(encodeMapPoints([{ ...rows[0]!, killed: 1_000_000 }]).buffer);
    expect(p.killed[0]).toBe(KILLED_NOT_REPORTED - 1);
  });

  it("rejects an unknown version", () => {
    const bytes = encodeMapPoints(rows);
    new DataView(bytes.buffer).setUint32(0, 99, true);
    expect(() => decodeMapPoints(bytes.buffer)).toThrow(/version 99/);
  });
});

describe("pointFlags", () => {
  it("marks district and province centroids as approximate", () => {
    expect(isApproximateFlag(pointFlags("Battles", "district"))).toBe(true);
    expect(isApproximateFlag(pointFlags("Battles", "province"))).toBe(true);
    expect(isApproximateFlag(pointFlags("Battles", "town"))).toBe(false);
    expect(isApproximateFlag(pointFlags("Battles", "exact"))).toBe(false);
  });
  it("indexes event types in taxonomy order", () => {
    expect(typeIndexOf(pointFlags("Strategic developments", "town"))).toBe(5);
  });
});

describe("parsePointList", () => {
  it("reads the SQL group_concat form, with negative coordinates and unreported killed", () => {
    expect(parsePointList("7,3297000,7027000,17,13;8,-150000,-7000000,0,")).toEqual([
      { id: 7, lat: 32.97, lng: 70.27, flags: 17, killed: 13 },
      { id: 8, lat: -1.5, lng: -70, flags: 0, killed: null },
    ]);
  });
  it("refuses a number printed as a REAL and a point with the wrong number of fields", () => {
    expect(() => parsePointList("7,3297000,7027000,16.0,13")).toThrow(/Unexpected "\."/);
    expect(() => parsePointList("7,3297000,7027000,13")).toThrow(/4 fields, not 5/);
  });
  it("reads nothing from null or empty", () => {
    expect(parsePointList(null)).toEqual([]);
    expect(parsePointList("")).toEqual([]);
  });
});
