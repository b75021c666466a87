import { describe, expect, it } from "vitest";
import { duplicateSearchWindow, findDuplicates, haversineKm, type DuplicateCandidate } from "./find-duplicates";

const MIR_ALI = { eventDate: "2024-03-16", latitude: 32.97, longitude: 70.27 };
const candidate = (over: Partial<DuplicateCandidate>): DuplicateCandidate => ({
  id: 1,
  title: "Attack in Mir Ali",
  location: "Mir Ali",
  ...MIR_ALI,
  ...over,
});

describe("haversineKm", () => {
  it("measures known distances", () => {
    expect(haversineKm(32.97, 70.27, 32.97, 70.27)).toBe(0);
    // Mir Ali to Miran Shah is about 20 km; Peshawar to Islamabad about 140 km.
    expect(haversineKm(32.97, 70.27, 33.00059, 70.07117)).toBeCloseTo(18.8, 0);
    expect(haversineKm(34.008, 71.57849, 33.72148, 73.04329)).toBeGreaterThan(135);
    expect(haversineKm(34.008, 71.57849, 33.72148, 73.04329)).toBeLessThan(145);
  });
});

describe("findDuplicates", () => {
  it("finds the same attack entered twice", () => {
    expect(findDuplicates(MIR_ALI, [candidate({ latitude: 32.99, longitude: 70.28 })])).toEqual([
      { id: 1, title: "Attack in Mir Ali", location: "Mir Ali", eventDate: "2024-03-16", distanceKm: expect.closeTo(2.4, 1) },
    ]);
  });

  it("allows one day either side, not two", () => {
    const found = findDuplicates(MIR_ALI, [
      candidate({ id: 1, eventDate: "2024-03-15" }),
      candidate({ id: 2, eventDate: "2024-03-17" }),
      candidate({ id: 3, eventDate: "2024-03-14" }),
      candidate({ id: 4, eventDate: "2024-03-18" }),
    ]);
    expect(found.map((d) => d.id)).toEqual([1, 2]);
  });

  it("works across a month and a year boundary", () => {
    expect(findDuplicates({ ...MIR_ALI, eventDate: "2024-01-01" }, [candidate({ eventDate: "2023-12-31" })])).toHaveLength(1);
    expect(findDuplicates({ ...MIR_ALI, eventDate: "2024-03-01" }, [candidate({ eventDate: "2024-02-29" })])).toHaveLength(1);
  });

  it("keeps within about 25 km", () => {
    const found = findDuplicates(MIR_ALI, [
      candidate({ id: 1, latitude: 33.00059, longitude: 70.07117 }), // Miran Shah, ~19 km
      candidate({ id: 2, latitude: 32.29889, longitude: 69.5725 }), // Wana, ~100 km
      candidate({ id: 3, latitude: 32.97 + 0.23, longitude: 70.27 }), // ~25.6 km north
    ]);
    expect(found.map((d) => d.id)).toEqual([1]);
  });

  it("lists the nearest first", () => {
    const found = findDuplicates(MIR_ALI, [candidate({ id: 1, latitude: 33.05 }), candidate({ id: 2, latitude: 32.98 })]);
    expect(found.map((d) => d.id)).toEqual([2, 1]);
  });

  it("finds nothing among no candidates", () => {
    expect(findDuplicates(MIR_ALI, [])).toEqual([]);
  });
});

describe("duplicateSearchWindow", () => {
  it("spans the days either side and a box that holds the radius", () => {
    const w = duplicateSearchWindow(MIR_ALI);
    expect(w.from).toBe("2024-03-15");
    expect(w.to).toBe("2024-03-17");
    expect(haversineKm(MIR_ALI.latitude, MIR_ALI.longitude, w.maxLat, MIR_ALI.longitude)).toBeGreaterThanOrEqual(25);
    expect(haversineKm(MIR_ALI.latitude, MIR_ALI.longitude, MIR_ALI.latitude, w.maxLng)).toBeGreaterThanOrEqual(25);
    expect(haversineKm(MIR_ALI.latitude, MIR_ALI.longitude, MIR_ALI.latitude, w.minLng)).toBeGreaterThanOrEqual(25);
  });

  it("never excludes a point the pure rule would find", () => {
    const w = duplicateSearchWindow(MIR_ALI);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const r = (bearing * Math.PI) / 180;
      const lat = MIR_ALI.latitude + (24.9 / 111.2) * Math.cos(r);
      const lng = MIR_ALI.longitude + (24.9 / (111.2 * Math.cos((lat * Math.PI) / 180))) * Math.sin(r);
      expect(lat >= w.minLat && lat <= w.maxLat && lng >= w.minLng && lng <= w.maxLng).toBe(true);
    }
  });
});
