import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { renderPlot } from "./render-plot.server";

const bars = [
  { label: "Khyber Pakhtunkhwa", start: new Date("2024-03-01T00:00:00Z"), end: new Date("2024-04-01T00:00:00Z"), value: 3, href: "/incidents?province=PK-KP" },
  { label: "Balochistan", start: new Date("2024-04-01T00:00:00Z"), end: new Date("2024-05-01T00:00:00Z"), value: 1, href: "/incidents?province=PK-BA" },
];

describe("a chart drawn on the server", () => {
  const svg = renderPlot({
    width: 340,
    fy: { axis: null },
    marks: [Plot.rectY(bars, { x1: "start", x2: "end", y: "value", fy: "label", href: "href", title: "label" })],
  });

  it("is SVG the CSP accepts: no <style> element, no style attribute", () => {
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).not.toMatch(/<style/i);
    expect(svg).not.toMatch(/\sstyle=/i);
  });

  it("links every mark to its list, out of the tab order, the drawing hidden from screen readers", () => {
    expect(svg).toContain('href="/incidents?province=PK-KP"');
    expect(svg).toContain('href="/incidents?province=PK-BA"');
    expect(svg.match(/<a /g)).toHaveLength(2);
    expect(svg.match(/tabindex="-1"/g)).toHaveLength(2);
    expect(svg).toMatch(/^<svg[^>]*aria-hidden="true"/);
    expect(svg).not.toContain("aria-label=");
  });
});
