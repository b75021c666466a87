import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { renderPlot } from "./render-plot.server";
import { wholeNumberTicks } from "./whole-number-ticks";

describe("ticks of whole numbers", () => {
  it("lists every whole number up to a small maximum, and leaves larger ones to Plot", () => {
    expect(wholeNumberTicks(1, 2)).toEqual([0, 1]);
    expect(wholeNumberTicks(2, 2)).toEqual([0, 1, 2]);
    expect(wholeNumberTicks(0, 2)).toEqual([0]);
    expect(wholeNumberTicks(3, 2)).toBe(2);
  });

  it("draws no half-incident tick on a chart whose tallest bar is one incident", () => {
    const bars = [{ start: new Date("2024-03-01T00:00:00Z"), end: new Date("2024-04-01T00:00:00Z"), value: 1 }];
    const draw = (ticks: number | number[]) =>
      renderPlot({
        width: 340,
        height: 110,
        y: { ticks, nice: true, insetTop: 18, tickFormat: "~s" },
        marks: [Plot.rectY(bars, { x1: "start", x2: "end", y: "value" })],
      });
    const labels = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels(draw(2))).toContain("0.5");
    expect(labels(draw(wholeNumberTicks(1, 2)))).not.toContain("0.5");
  });
});
