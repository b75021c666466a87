import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { clickInside, province } from "./province-click";
import { incidentsText } from "./seed-counts";

/**
 * Filters that behave (issue #15): several event types at once, actors by part of a name, brushing
 * to whole days, and a map click's cue with Undo. Each test's incidents carry a word no other record
 * has, and the URL filters on it, so the tests run beside the others.
 */
const status = (page: Page) => page.getByRole("status").filter({ hasText: /incidents?( match|$)/ });
const chips = (page: Page) => page.getByRole("navigation", { name: "Active filters" });
const eventTypes = (page: Page) => page.getByRole("group", { name: "Event type" });
const mapReady = async (page: Page) => {
  const map = page.getByTestId("overview-map");
  await expect(map).toHaveAttribute("data-state", "ready");
  return Number(await map.getAttribute("data-points"));
};
const uniqueWord = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test("several event types at once: chosen in the panel, one chip each, honoured by every view, the API and the exports", async ({ page, makeIncident }) => {
  const word = uniqueWord("typeprobe");
  await makeIncident({ title: `${word} battle`, eventType: "Battles", subEventType: "Armed clash" });
  await makeIncident({ title: `${word} riot`, eventType: "Riots", subEventType: "Mob violence" });
  await makeIncident({ title: `${word} blast` }); // Explosions/Remote violence

  await page.goto(`/?q=${word}`);
  await expect(status(page)).toHaveText("3 incidents match the filter");
  await page.getByText(/^Event types:/).click();
  await eventTypes(page).getByRole("checkbox", { name: "Battles" }).check();
  await expect(page).toHaveURL(/eventType=Battles$/);
  await expect(status(page)).toHaveText(incidentsText(1, true));
  await eventTypes(page).getByRole("checkbox", { name: "Riots" }).check();
  await expect(page).toHaveURL(/eventType=Battles&eventType=Riots$/);
  await expect(status(page)).toHaveText("2 incidents match the filter");
  await expect(page.getByText(/^Event types:/)).toHaveText("Event types: Battles, Riots");
  expect(await mapReady(page)).toBe(2);
  // The sub-types offered are those of the chosen types.
  const subTypes = await page.getByLabel("Sub-type", { exact: true }).locator("option").allTextContents();
  expect(subTypes).toContain("Armed clash");
  expect(subTypes).toContain("Mob violence");
  expect(subTypes).not.toContain("Suicide bomb");
  await expect(chips(page).getByText("Event type: Battles")).toBeVisible();
  await expect(chips(page).getByText("Event type: Riots")).toBeVisible();

  const query = new URL(page.url()).search;
  await page.goto(`/incidents${query}`);
  await expect(page.getByRole("status").filter({ hasText: "match the filter" })).toHaveText("2 incidents match the filter");
  await page.goto(`/trends${query}`);
  await expect(page.getByRole("link", { name: "Remove filter Event type: Riots" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Trends" })).toBeVisible();
  await expect(page.getByText("No incidents to chart")).toHaveCount(0);
  const api = (await (await page.request.get(`/api/incidents${query}`)).json()) as { items: { title: string }[] };
  expect(api.items.map((i) => i.title).sort()).toEqual([`${word} battle`, `${word} riot`]);
  const exported = (await (await page.request.get(`/api/export.json${query}`)).json()) as { items: unknown[] };
  expect(exported.items).toHaveLength(2);
  const csv = await (await page.request.get(`/api/export.csv${query}`)).text();
  expect(csv.split(word).length - 1).toBe(2);

  // A chip removes its own type only.
  await page.goto(`/${query}`);
  await page.getByRole("link", { name: "Remove filter Event type: Battles" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}&eventType=Riots$`));
  await expect(status(page)).toHaveText(incidentsText(1, true));
  await expect(chips(page).getByText("Event type: Battles")).toHaveCount(0);
});

test("without JavaScript the event type boxes are submitted as repeated parameters", async ({ browser, baseURL, makeIncident }) => {
  const word = uniqueWord("nojsprobe");
  await makeIncident({ title: `${word} battle`, eventType: "Battles", subEventType: "Armed clash" });
  await makeIncident({ title: `${word} riot`, eventType: "Riots", subEventType: "Mob violence" });
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(`/incidents?q=${word}`);
  await page.getByText(/^Event types:/).click();
  await page.getByRole("checkbox", { name: "Battles" }).check();
  await page.getByRole("checkbox", { name: "Riots" }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/eventType=Battles&eventType=Riots/);
  await expect(page.getByRole("status").filter({ hasText: "match the filter" })).toHaveText("2 incidents match the filter");
  await context.close();
});

test("the actor filter finds part of a name or an alias, in any case, and suggests the atlas's actors", async ({ page, makeIncident, db }) => {
  const word = uniqueWord("actorprobe");
  const group = `Zq ${word} Front`;
  await makeIncident({
    title: `${word} claimed`,
    actors: [{ name: "Tehreek-e-Taliban Pakistan", kind: "armed_group", role: "perpetrator", certainty: "claimed" }],
  });
  await makeIncident({ title: `${word} other`, actors: [{ name: group, kind: "armed_group", role: "perpetrator", certainty: "claimed" }] });
  const actor = await db.actor.findUniqueOrThrow({ where: { name: group } });
  await db.actorAlias.create({ data: { actorId: actor.id, alias: `ZQF-${word}` } });
  try {
    for (const [typed, found] of [
      ["talib", [`${word} claimed`]],
      ["TTP", [`${word} claimed`]],
      ["ttp", [`${word} claimed`]],
      [`zq ${word.toUpperCase()}`, [`${word} other`]],
      [`zqf-${word}`, [`${word} other`]],
      ["%", []],
    ] as const) {
      const api = (await (await page.request.get(`/api/incidents?q=${word}&actor=${encodeURIComponent(typed)}`)).json()) as { items: { title: string }[] };
      expect(
        api.items.map((i) => i.title),
        typed,
      ).toEqual(found);
    }
    await page.goto(`/?q=${word}`);
    await page.getByLabel("Actor", { exact: true }).fill("taliban pak");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(status(page)).toHaveText(incidentsText(1, true));
    await expect(chips(page).getByText("Actor: taliban pak")).toBeVisible();
    // The suggestions are the actors in the atlas, names and aliases, not only a built-in list.
    // (A datalist's options have no role: read their values.)
    const suggested = await page.locator("datalist#known-actors option").evaluateAll((options) => options.map((o) => o.getAttribute("value")));
    expect(suggested).toEqual(expect.arrayContaining([group, `ZQF-${word}`, "Tehreek-e-Taliban Pakistan", "TTP"]));
  } finally {
    await db.actorAlias.deleteMany({ where: { actorId: actor.id } });
  }
});

test("brushing the histogram at each bucket size sets whole days, and the chips show them", async ({ page }) => {
  const cases = [
    // Day buckets: the days under the drag.
    { range: "from=2024-03-01&to=2024-03-10", unit: "day", x: [0.25, 0.45] },
    // Week buckets: 3 Jan 2024 is a Wednesday; brushing the first week starts on the range's first day, not the Monday before.
    { range: "from=2024-01-03&to=2024-12-20", unit: "week", x: [0.001, 0.01] },
    // Month buckets: whole months.
    { range: "from=2020-01-15&to=2024-12-31", unit: "month", x: [0.2, 0.3] },
    // Year buckets: whole years.
    { range: "from=2005-03-10&to=2024-08-31", unit: "year", x: [0.3, 0.4] },
  ];
  for (const { range, unit, x } of cases) {
    await page.goto(`/?${range}`);
    const chart = page.getByRole("img", { name: new RegExp(`Incidents per ${unit}`) });
    const box = (await chart.boundingBox())!;
    // The plot spans the viewBox's x 40..600 of 640 (timeline-histogram.tsx).
    const at = (f: number) => box.x + box.width * ((40 + f * 560) / 640);
    await page.mouse.move(at(x[0]!), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(at(x[1]!), box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect(page).not.toHaveURL(new RegExp(`\\?${range}$`));
    const url = new URL(page.url());
    const [from, to] = [url.searchParams.get("from")!, url.searchParams.get("to")!];
    expect(from, unit).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(to, unit).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    if (unit === "week") {
      expect(from).toBe("2024-01-03");
      expect(to).toBe("2024-01-07"); // that week's Sunday
    }
    if (unit === "month") {
      expect(from.slice(8)).toBe("01");
      expect(day(to).getUTCDate()).toBe(new Date(Date.UTC(day(to).getUTCFullYear(), day(to).getUTCMonth() + 1, 0)).getUTCDate());
    }
    if (unit === "year") {
      expect(from.slice(5)).toBe("01-01");
      expect(to.slice(5)).toBe("12-31");
    }
    const chip = (label: string, iso: string) =>
      `${label}: ${new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(day(iso))}`;
    await expect(chips(page).getByText(chip("From", from), { exact: true })).toBeVisible();
    await expect(chips(page).getByText(chip("To", to), { exact: true })).toBeVisible();
    await expect(page.getByLabel("From", { exact: true })).toHaveValue(from);
    await expect(page.getByLabel("To", { exact: true })).toHaveValue(to);
  }
});

test("the month preset sets last calendar month, first to last day", async ({ page }) => {
  await page.goto("/");
  const today = new Date();
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
  const name = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(first);
  await page.getByRole("group", { name: "Date presets" }).getByRole("link", { name, exact: true }).click();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  await expect(page).toHaveURL(new RegExp(`from=${iso(first)}&to=${iso(last)}$`));
  const day = (d: Date) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(d);
  await expect(chips(page).getByText(`From: ${day(first)}`, { exact: true })).toBeVisible();
  await expect(chips(page).getByText(`To: ${day(last)}`, { exact: true })).toBeVisible();
});

test("a click on the map that adds a province shows a cue with Undo, which puts the filter back", async ({ page }) => {
  await page.goto("/");
  await mapReady(page);
  await clickInside(page, province(page, "PK-BA"));
  await expect(page).toHaveURL(/\?province=PK-BA$/);
  const cue = page.getByRole("status").filter({ hasText: "Balochistan added to the filter." });
  await expect(cue).toBeVisible();
  await expect(page.getByRole("link", { name: "Remove filter Province: Balochistan" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("map-click-cue-1366.png") });

  // Reachable from the keyboard: the click left the focus on the map, and Shift+Tab from there lands on Undo.
  await page.keyboard.press("Shift+Tab");
  await expect(cue.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Remove filter Province: Balochistan" })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Undone: Balochistan is out of the filter again." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);

  // A click that removes a province says so, and Undo puts it back; the next change of the filter ends the cue.
  await clickInside(page, province(page, "PK-BA"));
  await expect(page).toHaveURL(/\?province=PK-BA$/);
  await clickInside(page, province(page, "PK-BA"));
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("status").filter({ hasText: "Balochistan removed from the filter." })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page).toHaveURL(/\?province=PK-BA$/);
  await expect(page.getByRole("link", { name: "Remove filter Province: Balochistan" })).toBeVisible();
  const undone = page.getByRole("status").filter({ hasText: "Undone: Balochistan is back in the filter." });
  await expect(undone).toBeVisible();
  await page.getByRole("link", { name: "Last 30 days" }).click();
  await expect(page).toHaveURL(/from=/);
  await expect(undone).toHaveCount(0);
});

test("the overview with the filter panel open, at 1366 and 390 px", async ({ page }) => {
  await page.goto("/?eventType=Battles&eventType=Riots");
  await mapReady(page);
  await page.getByText(/^Event types:/).click();
  await page.screenshot({ path: test.info().outputPath("overview-filters-1366.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByText(/^Filters:/).click();
  await expect(eventTypes(page).getByRole("checkbox", { name: "Battles" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("overview-filters-390.png") });
  // The cue over the map, on a phone.
  await page.getByTestId("overview-map").scrollIntoViewIfNeeded();
  await clickInside(page, province(page, "PK-BA"));
  await expect(page.getByRole("status").filter({ hasText: "Balochistan added to the filter." })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("map-click-cue-390.png") });
});
