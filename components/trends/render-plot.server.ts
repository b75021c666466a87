import "server-only";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

/**
 * Observable Plot drawn on the server into a DOM shim (docs/decisions/013-trend-charts.md), so the
 * charts are in the HTML before any script runs. The result is checked against our CSP: Plot's
 * <style> element is dropped (trend-chart.module.css holds its rules) and no style attribute is left.
 * The drawing is hidden from assistive technology and its links stay out of the tab order: the
 * figure's caption describes it, and the table beside each chart holds the same figures and links
 * for keyboards and screen readers (hundreds of bars would be hundreds of tab stops).
 */
export function renderPlot(options: Plot.PlotOptions): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = Plot.plot({ ...options, document }) as unknown as Element;
  for (const el of [...svg.querySelectorAll("style")]) el.remove();
  for (const el of [...svg.querySelectorAll("[style]")]) el.removeAttribute("style");
  svg.removeAttribute("style");
  for (const el of [...svg.querySelectorAll("[aria-label]")]) el.removeAttribute("aria-label");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("font-size", "12");
  for (const a of [...svg.querySelectorAll("a")]) {
    a.setAttribute("tabindex", "-1");
  }
  return svg.outerHTML;
}
