import { expect, test } from "./fixtures";

/**
 * The trends page (issue #16): server-drawn charts over the overview's filter, the period comparison
 * in words, a link behind every mark, a table behind every chart, and a page that works without scripts.
 * Each test's incidents carry a word no other record has, and the URL filters on it.
 */
const killed = (total: number, civilians: number | null = null) => ({ total, securityForces: null, civilians, militants: null, unknown: null });

async function makeProbe(makeIncident: (o: object) => Promise<number>, word: string) {
  const kp = { province: "Khyber Pakhtunkhwa", district: "North Waziristan", location: "Mir Ali", latitude: 32.97, longitude: 70.27 };
  const ba = { province: "Balochistan", district: "Quetta", location: "Quetta", latitude: 30.18, longitude: 66.99 };
  await makeIncident({ title: `${word} one`, eventDate: "2012-03-05", ...kp, killed: killed(5) });
  await makeIncident({ title: `${word} two`, eventDate: "2012-03-20", ...kp, killed: killed(3) });
  await makeIncident({
    title: `${word} three`,
    eventDate: "2012-04-02",
    ...ba,
    eventType: "Violence against civilians",
    subEventType: "Attack",
    killed: killed(4, 4),
  });
}

const comparison = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "This period against earlier ones" });

test("the filter in the URL changes the figures and the comparison in words", async ({ page, makeIncident }) => {
  await makeProbe(makeIncident, "E2E trendprobe alpha");
  await page.goto("/trends?q=trendprobe+alpha&from=2012-03-01&to=2012-04-30");
  await expect(page.getByRole("heading", { level: 1, name: "Trends" })).toBeVisible();
  const figures = comparison(page);
  await expect(figures.getByRole("link", { name: "3", exact: true })).toBeVisible();
  await expect(figures.getByRole("link", { name: "12", exact: true })).toBeVisible();
  await expect(figures.getByText("up from none in the previous 2 months").first()).toBeVisible();

  await page.goto("/trends?q=trendprobe+alpha&from=2012-03-01&to=2012-04-30&province=PK-KP");
  await expect(figures.getByRole("link", { name: "2", exact: true })).toBeVisible();
  await expect(figures.getByRole("link", { name: "8", exact: true })).toBeVisible();
  await expect(page.getByRole("figure", { name: /^Incidents per month by province/ })).toBeVisible();
  await expect(page.getByRole("figure", { name: /^Killed per month by victim category/ })).toBeVisible();
});

test("a mark's link and its table row lead to the list behind them", async ({ page, makeIncident }) => {
  await makeProbe(makeIncident, "E2E trendprobe bravo");
  await page.goto("/trends?q=trendprobe+bravo&from=2012-03-01&to=2012-04-30");
  const byProvince = page.getByRole("region", { name: "By province" });
  // The bar for Balochistan in April: one incident.
  const bar = byProvince
    .getByRole("figure", { name: /^Incidents per month by province/ })
    .locator('a[href*="province=PK-BA"]')
    .filter({ visible: true });
  await expect(bar).toHaveCount(1);
  await bar.click();
  await expect(page).toHaveURL(/\/incidents\?q=trendprobe\+bravo&from=2012-04-01&to=2012-04-30&province=PK-BA$/);
  await expect(page.getByRole("link", { name: "E2E trendprobe bravo three" })).toBeVisible();
  await expect(page.getByRole("link", { name: /E2E trendprobe bravo (one|two)/ })).toHaveCount(0);

  await page.goBack();
  await byProvince.getByText("The charts as a table").click();
  const row = byProvince.getByRole("row", { name: /Khyber Pakhtunkhwa March 2012/ });
  await row.getByRole("link", { name: "2" }).click();
  await expect(page).toHaveURL(/from=2012-03-01&to=2012-03-31&province=PK-KP$/);
  await expect(page.getByRole("link", { name: /E2E trendprobe bravo (one|two)/ })).toHaveCount(2);
});

test("a filter that matches nothing says so", async ({ page }) => {
  await page.goto("/trends?q=no+incident+has+this+zqxv");
  await expect(page.getByRole("heading", { name: "No incidents match this filter" })).toBeVisible();
  await expect(page.getByRole("figure")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the charts, the comparison and the tables are in the page", async ({ page, makeIncident }) => {
    await makeProbe(makeIncident, "E2E trendprobe charlie");
    await page.goto("/trends?q=trendprobe+charlie&from=2012-03-01&to=2012-04-30");
    await expect(page.getByRole("figure", { name: /^Incidents per month by event type/ })).toBeVisible();
    await expect(page.getByRole("figure", { name: /^Killed per month by province/ })).toBeVisible();
    await expect(comparison(page).getByRole("link", { name: "3", exact: true })).toBeVisible();
    const victims = page.getByRole("region", { name: "Killed by victim category" });
    await victims.getByText("The chart as a table").click();
    await expect(
      victims
        .getByRole("row", { name: /April 2012/ })
        .getByRole("cell")
        .nth(1),
    ).toHaveText("4");
  });
});

test("at 390 pixels the narrow drawings are shown and nothing overflows", async ({ page, makeIncident }) => {
  await makeProbe(makeIncident, "E2E trendprobe delta");
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/trends?q=trendprobe+delta&from=2012-03-01&to=2012-04-30");
  await expect(page.getByRole("figure", { name: /^Incidents per month by province/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
