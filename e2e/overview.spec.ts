import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { PROVINCE_EMPTY } from "@/lib/map/marker-style";
import { clickInside, province } from "./province-click";
import { SEED_FIRST_DATE, SEED_LAST_DATE, SEED_TOTAL, incidentsText, seededIn } from "./seed-counts";

/** The overview on the seeded data; the counts come from the seed file (e2e/seed-counts.ts). */
const KP = seededIn("PK-KP");
const BA = seededIn("PK-BA");
const KP_BA = seededIn("PK-KP", "PK-BA");

const map = (page: Page) => page.getByTestId("overview-map");
const status = (page: Page) => page.getByRole("status").filter({ hasText: /incidents?( match|$)/ });
const cards = (page: Page) => page.getByRole("region", { name: "Timeline" }).getByRole("article");
const cardTitles = (page: Page) => cards(page).getByRole("heading", { level: 4 });
const histogramSummary = (page: Page) => page.getByText(/^The chart as a table/);

async function mapReady(page: Page): Promise<number> {
  await expect(map(page)).toHaveAttribute("data-state", "ready");
  return Number(await map(page).getAttribute("data-points"));
}

async function chooseProvince(page: Page, name: string) {
  // The picker's own <details> (the filter panel around it is one too).
  const picker = page.getByText(/^Provinces:/).locator("xpath=ancestor::details[1]");
  if ((await picker.getAttribute("open")) === null) await page.getByText(/^Provinces:/).click();
  await page.getByRole("checkbox", { name }).check();
}

test("choosing Khyber Pakhtunkhwa narrows the map, the shading, the histogram, the list and the URL; reload keeps it", async ({ page }) => {
  await page.goto("/");
  await expect(status(page)).toHaveText(incidentsText(SEED_TOTAL));
  expect(await mapReady(page)).toBe(SEED_TOTAL);
  await expect(province(page, "PK-BA")).not.toHaveAttribute("fill", PROVINCE_EMPTY);
  const histogramBefore = await histogramSummary(page).textContent();
  const kpWidth = async () => (await province(page, "PK-KP").boundingBox())!.width;
  const widthBefore = await kpWidth();

  await chooseProvince(page, "Khyber Pakhtunkhwa");

  await expect(page).toHaveURL(/[?&]province=PK-KP(&|$)/);
  await expect(status(page)).toHaveText(incidentsText(KP, true));
  await expect(map(page)).toHaveAttribute("data-points", String(KP));
  await expect(map(page)).toHaveAttribute("data-state", "ready");
  await expect(province(page, "PK-BA")).toHaveAttribute("fill", PROVINCE_EMPTY);
  await expect(province(page, "PK-KP")).not.toHaveAttribute("fill", PROVINCE_EMPTY);
  await expect(histogramSummary(page)).not.toHaveText(histogramBefore!);
  await expect(cardTitles(page)).toHaveCount(KP);
  // The overview, where filtering happens, exports what it shows.
  await expect(page.getByRole("navigation", { name: "Export" }).getByRole("link", { name: "CSV", exact: true })).toHaveAttribute("href", /province=PK-KP/);
  for (const card of await cards(page).allTextContents()) expect(card).toContain("Khyber Pakhtunkhwa");
  // The map zooms to the chosen province: drawn at least twice as wide as before.
  await expect.poll(kpWidth).toBeGreaterThan(2 * widthBefore);
  await map(page).screenshot({ path: test.info().outputPath("overview-zoomed-to-kp.png") });

  await page.reload();
  await expect(status(page)).toHaveText(incidentsText(KP, true));
  await expect(page.getByRole("link", { name: "Remove filter Province: Khyber Pakhtunkhwa" })).toBeVisible();
  expect(await mapReady(page)).toBe(KP);
  await page.getByText(/^Provinces:/).click();
  await expect(page.getByRole("checkbox", { name: "Khyber Pakhtunkhwa" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Balochistan" })).not.toBeChecked();
});

test("clicking Balochistan on the map adds it to the province filter, and again takes it out; the map stays put", async ({ page }) => {
  await page.goto("/");
  await mapReady(page);
  const kpBox = await province(page, "PK-KP").boundingBox();
  await clickInside(page, province(page, "PK-KP"));
  await expect(page).toHaveURL(/\?province=PK-KP$/);
  expect(await mapReady(page)).toBe(KP);
  // A province clicked on the map is not zoomed to: the map would move under the pointer. (The
  // page above the map grows by the filter's chips, and the chosen outline is drawn thicker.)
  const after = (await province(page, "PK-KP").boundingBox())!;
  expect(Math.abs(after.width - kpBox!.width)).toBeLessThan(6);
  expect(Math.abs(after.height - kpBox!.height)).toBeLessThan(6);
  await clickInside(page, province(page, "PK-BA"));
  await expect(page).toHaveURL(/province=PK-KP&province=PK-BA/);
  await expect(status(page)).toHaveText(incidentsText(KP_BA, true));
  await expect(page.getByRole("link", { name: "Remove filter Province: Balochistan" })).toBeVisible();
  expect(await mapReady(page)).toBe(KP_BA);

  await clickInside(page, province(page, "PK-BA"));
  await expect(page).toHaveURL(/\?province=PK-KP$/);
  await expect(status(page)).toHaveText(incidentsText(KP, true));
});

test("brushing the histogram narrows the dates", async ({ page }) => {
  await page.goto("/");
  await mapReady(page);
  const chart = page.getByRole("img", { name: /Incidents per week/ });
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.35, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.65, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();

  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const url = new URL(page.url());
  const [from, to] = [url.searchParams.get("from")!, url.searchParams.get("to")!];
  expect(from > SEED_FIRST_DATE && to < SEED_LAST_DATE && from < to).toBe(true);
  await expect(page.getByLabel("From", { exact: true })).toHaveValue(from);
  await expect(page.getByLabel("To", { exact: true })).toHaveValue(to);
  await expect(status(page)).toHaveText(/^\d+ incidents? match the filter$/);
  const shown = Number((await status(page).textContent())!.split(" ")[0]);
  expect(shown).toBeLessThan(SEED_TOTAL);
  expect(await mapReady(page)).toBe(shown);
  for (const date of await cards(page)
    .locator("time")
    .evaluateAll((times) => times.map((t) => t.getAttribute("datetime"))))
    expect(date).not.toMatch(/^2023/);
});

test("back and forward step through filter changes; chips remove values and Clear all resets", async ({ page }) => {
  await page.goto("/");
  await chooseProvince(page, "Khyber Pakhtunkhwa");
  await expect(page).toHaveURL(/\?province=PK-KP$/);
  await chooseProvince(page, "Balochistan");
  await expect(page).toHaveURL(/\?province=PK-KP&province=PK-BA$/);

  await page.goBack();
  await expect(page).toHaveURL(/\?province=PK-KP$/);
  await expect(status(page)).toHaveText(incidentsText(KP, true));
  await expect(page.getByRole("checkbox", { name: "Balochistan" })).not.toBeChecked();
  await page.goForward();
  await expect(status(page)).toHaveText(incidentsText(KP_BA, true));

  await page.getByRole("link", { name: "Remove filter Province: Khyber Pakhtunkhwa" }).click();
  await expect(page).toHaveURL(/\?province=PK-BA$/);
  await expect(status(page)).toHaveText(incidentsText(BA, true));
  await page.getByRole("link", { name: "Clear all" }).click();
  await expect(status(page)).toHaveText(incidentsText(SEED_TOTAL));
});

test("on a phone, a finger on the histogram scrolls the page and leaves the dates alone; its labels stay readable", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/");
  await mapReady(page);
  const chart = page.getByRole("img", { name: /Incidents per week/ });
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.waitForTimeout(500); // what a brushed tap would have navigated to, it would have by now
  expect(new URL(page.url()).search).toBe("");
  // The axis labels are drawn at least 8 px high on the phone's screen.
  const labelHeight = await chart
    .locator("text") // the chart's only text is its axis labels
    .first()
    .evaluate((el) => el.getBoundingClientRect().height);
  expect(labelHeight).toBeGreaterThanOrEqual(8);
  await chart.screenshot({ path: test.info().outputPath("histogram-390.png") });
  await context.close();
});

test("moving through Sub-type with the arrow keys applies the sub-type it rests on, not each one passed", async ({ page }) => {
  await page.goto("/");
  await mapReady(page);
  const navigations: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname === "/" && url.searchParams.has("subEventType")) navigations.push(url.searchParams.get("subEventType")!);
  });
  const select = page.getByLabel("Sub-type", { exact: true });
  await select.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  const chosen = await select.inputValue();
  expect(chosen).not.toBe("");
  await expect(page).toHaveURL(new RegExp(`subEventType=${encodeURIComponent(chosen).replace(/%20/g, "(\\+|%20)")}`));
  await expect(status(page)).toHaveText(/match the filter$/);
  expect(new Set(navigations)).toEqual(new Set([chosen]));
});

test("a date preset sets a whole calendar year, which the histogram's weekly bars cannot", async ({ page }) => {
  await page.goto("/");
  await mapReady(page);
  const presets = page.getByRole("group", { name: "Date presets" });
  const year = String(new Date().getUTCFullYear() - 1);
  await presets.getByRole("link", { name: "Last year", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`from=${year}-01-01&to=${year}-12-31`));
  await expect(page.getByLabel("From", { exact: true })).toHaveValue(`${year}-01-01`);
  await expect(page.getByLabel("To", { exact: true })).toHaveValue(`${year}-12-31`);
  await expect(presets.getByRole("link", { name: "Last year", exact: true })).toHaveAttribute("aria-current", "true");
  await expect(status(page)).toHaveText(/match the filter$/);
  for (const date of await cards(page)
    .locator("time")
    .evaluateAll((times) => times.map((t) => t.getAttribute("datetime"))))
    expect(date!.slice(0, 4)).toBe(year);
  await page.screenshot({ path: test.info().outputPath("overview-date-presets.png") });
});

test("a shared URL opens the same view", async ({ page, browser }) => {
  await page.goto("/");
  await chooseProvince(page, "Balochistan");
  await expect(page).toHaveURL(/province=PK-BA/);
  await page.getByText(/^Event types:/).click();
  await page.getByRole("group", { name: "Event type" }).getByRole("checkbox", { name: "Explosions/Remote violence" }).check();
  await expect(page).toHaveURL(/eventType=/);
  await page.getByLabel("From", { exact: true }).fill("2024-01-01");
  await page.getByLabel("To", { exact: true }).fill("2024-12-31");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/to=2024-12-31/);
  const count = await mapReady(page);
  const titles = await cardTitles(page).allTextContents();
  const statusText = await status(page).textContent();

  const other = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const shared = await other.newPage();
  await shared.goto(page.url());
  await expect(status(shared)).toHaveText(statusText!);
  expect(await mapReady(shared)).toBe(count);
  await expect(cardTitles(shared)).toHaveText(titles);
  await expect(shared.getByText(/^Event types:/)).toHaveText("Event types: Explosions/Remote violence");
  await shared.getByText(/^Event types:/).click();
  await expect(shared.getByRole("group", { name: "Event type" }).getByRole("checkbox", { name: "Explosions/Remote violence" })).toBeChecked();
  await expect(shared.getByRole("checkbox", { name: "Battles" })).not.toBeChecked();
  await expect(shared.getByLabel("From", { exact: true })).toHaveValue("2024-01-01");
  await expect(shared.getByRole("link", { name: "Remove filter Province: Balochistan" })).toBeVisible();
  await other.close();
});

test("with the network blocked the basemap draws the region and its provinces, and no request leaves the machine", async ({ page, context }, testInfo) => {
  const blocked: string[] = [];
  await context.route(/^(?!http:\/\/(127\.0\.0\.1|localhost)[:/])/, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  await page.goto("/");
  await mapReady(page);
  const outlines = page.locator('[data-testid^="province-"]');
  await expect(outlines).toHaveCount(41);
  for (const d of await outlines.evaluateAll((paths) => paths.map((p) => p.getAttribute("d") ?? ""))) {
    expect(d.length).toBeGreaterThan(20);
  }
  const countries = page.locator(".leaflet-offline-basemap-pane path");
  expect(await countries.count()).toBeGreaterThan(5);
  // With no tile server configured (the default), nothing is asked of the network at all.
  expect(blocked).toEqual([]);
  await map(page).screenshot({ path: testInfo.outputPath("overview-offline-map.png") });
  await page.screenshot({ path: testInfo.outputPath("overview-offline.png") });
});
