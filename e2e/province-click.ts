import type { Locator, Page } from "@playwright/test";

/** A province as the overview map draws it (map internals have no accessible name). */
export const province = (page: Page, iso: string) => page.getByTestId(`province-${iso}`);

/**
 * Spots inside a province's box: Balochistan's (0.45, 0.6) is the Kharan desert; Khyber
 * Pakhtunkhwa's are along its settled districts.
 */
const INSIDE: [number, number][] = [
  [0.45, 0.6],
  [0.3, 0.75],
  [0.5, 0.45],
];

/**
 * Clicks a province where no cluster or point is drawn over it. The provinces are drawn on the map's
 * canvas, markers are elements above it: of the spots above, the first with no marker on top is clicked.
 */
export async function clickInside(page: Page, target: Locator) {
  const box = (await target.boundingBox())!;
  for (const [fx, fy] of INSIDE) {
    const [x, y] = [box.x + box.width * fx, box.y + box.height * fy];
    const onMarker = await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest(".leaflet-marker-icon"), [x, y] as const);
    if (!onMarker) return page.mouse.click(x, y);
  }
  throw new Error("every spot tried in the province has a marker on it");
}
