import { describe, expect, it } from "vitest";
import { clipLine, ringsTouchBox, type Box } from "./clip-to-box";

const BOX: Box = [0, 0, 10, 10];

describe("clipLine", () => {
  it("keeps a line wholly inside as it is", () => {
    expect(
      clipLine(
        [
          [1, 1],
          [2, 2],
          [3, 3],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    ]);
  });

  it("drops a line wholly outside", () => {
    expect(
      clipLine(
        [
          [20, 20],
          [30, 30],
        ],
        BOX,
      ),
    ).toEqual([]);
  });

  it("keeps the points just outside, so a line crossing the frame leaves it instead of stopping short", () => {
    expect(
      clipLine(
        [
          [-5, 5],
          [-1, 5],
          [5, 5],
          [11, 5],
          [15, 5],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [-1, 5],
        [5, 5],
        [11, 5],
      ],
    ]);
  });

  it("splits a line that leaves and comes back into two parts", () => {
    expect(
      clipLine(
        [
          [1, 1],
          [2, 2],
          [20, 20],
          [30, 30],
          [3, 3],
          [4, 4],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [1, 1],
        [2, 2],
        [20, 20],
      ],
      [
        [30, 30],
        [3, 3],
        [4, 4],
      ],
    ]);
  });

  it("counts points on the edge as inside", () => {
    expect(
      clipLine(
        [
          [-1, 0],
          [0, 0],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [-1, 0],
        [0, 0],
      ],
    ]);
  });
});

describe("ringsTouchBox", () => {
  it("is true when any point of any ring is inside, false when none is", () => {
    expect(
      ringsTouchBox(
        [
          [
            [20, 20],
            [5, 5],
            [20, 5],
            [20, 20],
          ],
        ],
        BOX,
      ),
    ).toBe(true);
    expect(
      ringsTouchBox(
        [
          [
            [20, 20],
            [25, 25],
            [20, 25],
            [20, 20],
          ],
        ],
        BOX,
      ),
    ).toBe(false);
  });
});
