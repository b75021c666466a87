import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { contrast } from "./contrast";

/**
 * The overview map from the keyboard: clusters and points are buttons reached with Tab, Enter acts as
 * a click, Escape closes a popup and focus goes back to its marker. Each test filters the map to its own
 * incidents (placed in the Chagai desert, away from the seeded ones) by a word only their titles hold.
 */
const map = (page: Page) => page.getByTestId("overview-map");
const clusters = (page: Page) => map(page).getByRole("button", { name: /incidents, .* killed: zoom in$/ });
const points = (page: Page) => map(page).getByRole("button", { name: /: details$/ });

/** Presses Tab until `target` has focus: proof it can be reached with the keyboard alone. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with Tab`);
}

async function openFiltered(page: Page, word: string, count: number) {
  await page.goto(`/?q=${word}`);
  await expect(map(page)).toHaveAttribute("data-state", "ready");
  await expect(map(page)).toHaveAttribute("data-points", String(count));
}

test("Enter on a focused cluster zooms in until its incidents show as points", async ({ page, makeIncident }) => {
  // Four points (the fewest supercluster groups) about a kilometre apart: one cluster until zoom 12.
  for (let n = 0; n < 4; n++) await makeIncident({ title: `E2E keys Zorbaq blast ${n}`, latitude: 29.1 + n * 0.007, longitude: 63.6 + n * 0.007 });
  await openFiltered(page, "Zorbaq", 4);
  const cluster = clusters(page);
  await expect(cluster).toHaveCount(1);
  await expect(cluster).toHaveAccessibleName("4 incidents, 28 killed: zoom in");
  await expect(points(page)).toHaveCount(0);

  await tabTo(page, cluster);
  await page.keyboard.press("Enter");
  await expect(points(page)).toHaveCount(4);
  await expect(clusters(page)).toHaveCount(0);
  // The cluster is gone; focus stays on the map, from where Tab reaches the points.
  await expect(map(page).locator(".leaflet-container")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(points(page).first()).toBeFocused();
});

test("Space on a focused cluster zooms in too", async ({ page, makeIncident }) => {
  for (let n = 0; n < 4; n++) await makeIncident({ title: `E2E keys Vandrel blast ${n}`, latitude: 29.3 + n * 0.007, longitude: 63.9 + n * 0.007 });
  await openFiltered(page, "Vandrel", 4);
  await tabTo(page, clusters(page));
  await page.keyboard.press(" ");
  await expect(points(page)).toHaveCount(4);
});

test("a point: Tab reaches it with a visible ring, Enter opens its popup with the incident link, Escape closes it and focus returns", async ({
  page,
  makeIncident,
}) => {
  const title = "E2E keys Qelmar checkpost attack";
  const id = await makeIncident({ title, latitude: 28.7, longitude: 63.2, location: "Chagai desert" });
  await openFiltered(page, "Qelmar", 1);
  const point = points(page);
  // Points are drawn on a canvas; their keyboard targets are made once keyboard focus enters the map.
  await expect(point).toHaveCount(0);
  await tabTo(page, map(page).locator(".leaflet-container"));
  await expect(point).toHaveCount(1);
  await expect(point).toHaveAccessibleName("Explosions/Remote violence, 7 killed: details");

  await tabTo(page, point);
  // The ring: a dark outline on a white halo. The two differ by 3:1 or more, and on every colour the
  // basemap and the province shading use, one of them does too.
  const ring = await point.evaluate((el) => {
    const style = getComputedStyle(el);
    const halo = /rgba?\([^)]*\)/.exec(style.boxShadow)?.[0] ?? "";
    const container = el.closest(".leaflet-container")!;
    const fills = [...container.querySelectorAll("path")].map((p) => p.getAttribute("fill")).filter((f) => f && f !== "none");
    return {
      outline: style.outlineColor,
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      halo,
      backgrounds: [...new Set([getComputedStyle(container).backgroundColor, ...(fills as string[])])],
    };
  });
  expect(ring.style).toBe("solid");
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(contrast(ring.outline, ring.halo)).toBeGreaterThanOrEqual(3);
  expect(ring.backgrounds.length).toBeGreaterThan(2);
  for (const bg of ring.backgrounds) expect(Math.max(contrast(ring.outline, bg), contrast(ring.halo, bg)), bg).toBeGreaterThanOrEqual(3);
  await map(page).screenshot({ path: test.info().outputPath("map-focused-point.png") });

  await page.keyboard.press("Enter");
  const popup = map(page).getByTestId("map-popup");
  const link = popup.getByRole("link", { name: title });
  await expect(link).toHaveAttribute("href", `/incidents/${id}`);
  // Focus moved into the popup: the next Tab is its link.
  await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  await map(page).screenshot({ path: test.info().outputPath("map-point-popup.png") });

  await page.keyboard.press("Escape");
  await expect(popup).toHaveCount(0);
  await expect(point).toBeFocused();
});

test("'Skip the map' moves focus past the map to the timeline", async ({ page }) => {
  await page.goto("/");
  await expect(map(page)).toHaveAttribute("data-state", "ready");
  const skip = page.getByRole("link", { name: "Skip the map" });
  await tabTo(page, skip);
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Timeline" })).toBeFocused();
  await page.keyboard.press("Tab");
  // The next stop is in the timeline, not on the map.
  expect(await page.evaluate(() => document.activeElement?.closest("#timeline") !== null)).toBe(true);
});
