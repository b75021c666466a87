import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The bundled basemap's detail (town names, rivers), a province chosen in the filter, and failing tiles. */
const map = (page: Page) => page.getByTestId("overview-map");
const label = (page: Page, name: string) =>
  map(page)
    .getByTestId("place-label")
    .filter({ hasText: new RegExp(`^${name}$`) });
const labelCount = async (page: Page) => Number(await map(page).locator(".leaflet-container").getAttribute("data-labels"));

async function mapReady(page: Page) {
  await expect(map(page)).toHaveAttribute("data-state", "ready");
}

test("the overview names the largest cities at the region's zoom, and smaller towns as the map zooms in", async ({ page }) => {
  await page.goto("/");
  await mapReady(page);
  await expect(label(page, "Kabul")).toBeVisible();
  await expect(label(page, "Karachi")).toBeVisible();
  // A district town waits for a closer zoom.
  await expect(label(page, "Zhob")).toHaveCount(0);
  const atRegion = await labelCount(page);
  // Rivers are drawn too, in a pane of their own under the incidents.
  await expect(map(page).locator(".leaflet-basemap-water-pane path").first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("overview-region.png") });

  const container = map(page).locator(".leaflet-container");
  const start = Number(await container.getAttribute("data-zoom"));
  for (let zoom = start + 1; zoom <= 8; zoom += 1) {
    await page.getByRole("button", { name: "Zoom in", exact: true }).click();
    await expect(container).toHaveAttribute("data-zoom", String(zoom));
  }
  await expect(label(page, "Zhob")).toBeVisible();
  await expect.poll(() => labelCount(page)).toBeGreaterThan(atRegion);
  await page.screenshot({ path: test.info().outputPath("overview-zoomed.png") });
});

test("labels never overlap one another", async ({ page }) => {
  await page.goto("/");
  await mapReady(page);
  await expect(label(page, "Kabul")).toBeVisible();
  const boxes = await map(page)
    .getByTestId("place-label")
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length).toBeGreaterThan(5);
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `labels at ${a.left},${a.top} and ${b.left},${b.top} overlap`).toBe(false);
    }
  }
});

test("choosing a province in the filter frames the map on it", async ({ page }) => {
  await page.goto("/");
  await mapReady(page);
  // How much of the frame Balochistan fills, in its wider direction; 0 when it does not lie inside the frame.
  const fill = async () => {
    const frame = (await map(page).boundingBox())!;
    const b = (await page.getByTestId("province-PK-BA").boundingBox())!;
    const inside = b.x >= frame.x - 1 && b.y >= frame.y - 1 && b.x + b.width <= frame.x + frame.width + 1 && b.y + b.height <= frame.y + frame.height + 1;
    return inside ? Math.max(b.width / frame.width, b.height / frame.height) : 0;
  };
  const before = await fill();

  const picker = page.getByText(/^Provinces:/).locator("xpath=ancestor::details[1]");
  if ((await picker.getAttribute("open")) === null) await page.getByText(/^Provinces:/).click();
  await page.getByRole("checkbox", { name: "Balochistan" }).check();
  await expect(page).toHaveURL(/[?&]province=PK-BA(&|$)/);

  // The view is the province's bounds at the closest whole zoom that holds them: the outline lies
  // inside the frame and fills more than half of it in one direction (one zoom closer would not fit).
  await expect.poll(fill).toBeGreaterThan(Math.max(0.5, before));
  await expect(label(page, "Quetta")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("overview-balochistan.png") });
});

test.describe("with a tile server that cannot be reached", () => {
  test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_TILES_PORT}` });

  test("the map says so once, stops asking for tiles and shows the bundled basemap", async ({ page }) => {
    const tileRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/e2e-missing-tiles/")) tileRequests.push(r.url());
    });
    await page.goto("/");
    await mapReady(page);
    const notice = map(page).getByRole("status").filter({ hasText: "could not be loaded" });
    await expect(notice).toHaveCount(1);
    await expect(notice).toHaveText(`Map tiles from 127.0.0.1:${process.env.E2E_TILES_PORT} could not be loaded, so the map shows Atlas's own basemap.`);
    // With the tiles gone, the town names come back.
    await expect(label(page, "Kabul")).toBeVisible();
    expect(tileRequests.length).toBeGreaterThan(0);

    const asked = tileRequests.length;
    await page.getByRole("button", { name: "Zoom in", exact: true }).click();
    await expect(label(page, "Quetta")).toBeVisible();
    await expect(notice).toHaveCount(1);
    expect(tileRequests.length).toBe(asked);
  });
});

test("the map's zoom, centre and shading live in the address: a reload and Back bring them back", async ({ page }) => {
  await page.goto("/");
  await mapReady(page);
  const container = map(page).locator(".leaflet-container");
  // An untouched map leaves the address alone.
  await expect(label(page, "Kabul")).toBeVisible();
  expect(new URL(page.url()).search).toBe("");

  const start = Number(await container.getAttribute("data-zoom"));
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  await expect(container).toHaveAttribute("data-zoom", String(start + 1));
  await expect(page).toHaveURL(new RegExp(`[?&]map=${start + 1}/\\d+\\.\\d+/\\d+\\.\\d+$`));
  await page.getByRole("radio", { name: "Killed" }).check();
  await expect(page).toHaveURL(/[?&]shade=killed(&|$)/);
  const linked = page.url();

  await page.reload();
  await mapReady(page);
  await expect(container).toHaveAttribute("data-zoom", String(start + 1));
  await expect(page.getByRole("radio", { name: "Killed" })).toBeChecked();
  expect(page.url()).toBe(linked);

  // To an incident and Back: the same view, not the whole region again.
  await page.getByRole("region", { name: "Timeline" }).getByRole("article").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/incidents\/\d+/);
  await page.goBack();
  await mapReady(page);
  await expect(container).toHaveAttribute("data-zoom", String(start + 1));
  await expect(page.getByRole("radio", { name: "Killed" })).toBeChecked();
});

test("a link with a view opens on it even with a province chosen", async ({ page }) => {
  await page.goto("/?province=PK-BA&map=9/33.99/71.55");
  await mapReady(page);
  await expect(map(page).locator(".leaflet-container")).toHaveAttribute("data-zoom", "9");
  await expect(label(page, "Peshawar")).toBeVisible();
});
