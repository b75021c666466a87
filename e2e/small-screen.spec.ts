import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * A phone (390 x 844): the incident list is cards that fit the screen, with its sort links; the filters
 * are collapsed under a summary so the map is on the first screen. At 1366 px the table and the open
 * filters are as before. Tests make their own incidents and filter to them by a word in their titles.
 */
const PHONE = { width: 390, height: 844 };
const cards = (page: Page) => page.getByRole("list", { name: "Incidents" }).getByRole("listitem");
const summary = (page: Page) => page.locator("summary").filter({ hasText: /^Filters:/ });

async function makeThree(makeIncident: (o: object) => Promise<number>, word: string) {
  const made = [
    { title: `E2E phone ${word} raid on a police station in Kalat`, eventDate: "2019-03-02", killed: 4 },
    { title: `E2E phone ${word} roadside bomb near Turbat`, eventDate: "2019-03-09", killed: 12 },
    { title: `E2E phone ${word} attack on a checkpost`, eventDate: "2019-02-20", killed: 1 },
  ];
  for (const m of made)
    await makeIncident({
      title: m.title,
      eventDate: m.eventDate,
      killed: { total: m.killed, securityForces: m.killed, civilians: null, militants: null, unknown: null },
    });
  return made;
}

test.describe("at 390 px", () => {
  test.use({ viewport: PHONE });

  test("the list is cards with no sideways scrolling, Killed in view, in the same order, and sorts by killed", async ({ page, makeIncident }) => {
    const made = await makeThree(makeIncident, "Sarkhel");
    await page.goto("/incidents?q=Sarkhel");
    await expect(cards(page)).toHaveCount(3);
    await expect(page.getByRole("table")).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // Newest first, as the table.
    await expect(cards(page).getByRole("paragraph").getByRole("link")).toHaveText([made[1]!.title, made[0]!.title, made[2]!.title]);
    const first = cards(page).first();
    await expect(first).toContainText("Sat, 9 Mar 2019");
    const killed = first.getByRole("definition").first();
    await expect(killed).toHaveText("12");
    const box = (await killed.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: test.info().outputPath("incidents-390.png"), fullPage: true });

    const sort = page.getByRole("navigation", { name: "Sort incidents" });
    await sort.getByRole("link", { name: /^Killed/ }).click();
    await expect(page).toHaveURL(/sort=killed&dir=desc/);
    await expect(sort).toContainText("Sorted by killed, most first");
    await expect(cards(page).getByRole("paragraph").getByRole("link")).toHaveText([made[1]!.title, made[0]!.title, made[2]!.title]);
    await sort.getByRole("link", { name: /^Killed/ }).click();
    await expect(page).toHaveURL(/sort=killed&dir=asc/);
    await expect(cards(page).getByRole("paragraph").getByRole("link")).toHaveText([made[2]!.title, made[0]!.title, made[1]!.title]);
  });

  test("the overview's filters are closed, say how many apply, and open; the map is on the first screen", async ({ page }) => {
    await page.goto("/?q=checkpost");
    await expect(summary(page)).toHaveText("Filters: 1 applies");
    const search = page.getByRole("searchbox", { name: "Search" });
    await expect(search).toBeHidden();
    const map = page.getByTestId("overview-map");
    await expect(map).toHaveAttribute("data-state", "ready");
    expect((await map.boundingBox())!.y).toBeLessThan(PHONE.height - 200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: test.info().outputPath("overview-390.png") });

    await summary(page).click();
    await expect(search).toBeVisible();
    await expect(search).toHaveValue("checkpost");
    await page.screenshot({ path: test.info().outputPath("overview-390-filters-open.png") });
  });

  test("a province's profile lists its deadliest incidents as cards and its perpetrators with their counts in view", async ({ page }) => {
    await page.goto("/provinces/PK-KP");
    const deadliest = page.getByRole("region", { name: "Most deadly incidents" });
    await expect(deadliest.getByRole("table")).toHaveCount(0);
    await expect(deadliest.getByRole("list", { name: "Incidents" }).getByRole("listitem").first()).toBeVisible();
    const perpetrators = page.getByRole("region", { name: "Perpetrators" });
    for (const cell of [deadliest.getByRole("definition").first(), perpetrators.getByRole("cell").last()]) {
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: test.info().outputPath("province-390.png"), fullPage: true });
  });
});

test.describe("at 390 px without JavaScript", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test("the cards and the collapsed filters work", async ({ page, makeIncident }) => {
    const made = await makeThree(makeIncident, "Dorvak");
    await page.goto("/incidents?q=Dorvak");
    await expect(cards(page).getByRole("paragraph").getByRole("link")).toHaveText([made[1]!.title, made[0]!.title, made[2]!.title]);
    await expect(summary(page)).toHaveText("Filters: 1 applies");
    await summary(page).click();
    await expect(page.getByRole("searchbox", { name: "Search" })).toBeVisible();
  });
});

test("at 1366 px the list is the table and the filters are open, with no summary", async ({ page, makeIncident }) => {
  const made = await makeThree(makeIncident, "Mirzel");
  await page.goto("/incidents?q=Mirzel");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0).getByRole("columnheader")).toHaveText([/^Date/, "Title", "Place", "District", "Province", /^Killed/, "Injured", "Sources"]);
  await expect(rows.getByRole("link", { name: /E2E phone/ })).toHaveText([made[1]!.title, made[0]!.title, made[2]!.title]);
  await expect(cards(page)).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Sort incidents" })).toBeHidden();
  await expect(summary(page)).toBeHidden();
  await expect(page.getByRole("searchbox", { name: "Search" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply" })).toBeVisible();
});
