import type { MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { pointInPolygon } from "./point-in-polygon";

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const withHole: Polygon = { type: "Polygon", coordinates: [square(0, 0, 10), square(4, 4, 2)] };
const twoIslands: MultiPolygon = { type: "MultiPolygon", coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]] };

describe("pointInPolygon", () => {
  it.each([
    [1, 1, true],
    [9.9, 0.1, true],
    [5, 5, false],
    [11, 5, false],
    [-0.1, 5, false],
    [5, 10.5, false],
  ])("(%d, %d) in a square with a hole -> %s", (x, y, inside) => {
    expect(pointInPolygon(x, y, withHole)).toBe(inside);
  });

  it("finds points in any part of a MultiPolygon", () => {
    expect(pointInPolygon(0.5, 0.5, twoIslands)).toBe(true);
    expect(pointInPolygon(5.5, 5.5, twoIslands)).toBe(true);
    expect(pointInPolygon(3, 3, twoIslands)).toBe(false);
  });

  it("handles a concave outline", () => {
    const u: Polygon = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    expect(pointInPolygon(1.5, 2, u)).toBe(false);
    expect(pointInPolygon(0.5, 2, u)).toBe(true);
    expect(pointInPolygon(2.5, 2, u)).toBe(true);
  });
});
