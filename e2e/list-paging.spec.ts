import { expect, test } from "./fixtures";

type Made = { n: number; title: string; killed: number | null; day: string };

/** Thirty records of one test: two days, tolls with ties and six not reported. */
const records = (tag: string): Made[] =>
  Array.from({ length: 30 }, (_, n) => ({
    n,
    title: `${tag} paging record ${String(n).padStart(2, "0")}`,
    killed: n % 5 === 0 ? null : n % 3,
    day: n % 2 ? "2024-05-01" : "2024-05-02",
  }));

/** The list's order sorted by killed, most first (decision 028): not reported last, then the later day, then the later record. */
const killedDesc = (a: Made, b: Made) =>
  (a.killed === null ? 1 : 0) - (b.killed === null ? 1 : 0) || (b.killed ?? 0) - (a.killed ?? 0) || b.day.localeCompare(a.day) || b.n - a.n;

test("the list pages forward and back by keyset, each page a link that can be shared", async ({ page, makeIncident }) => {
  const tag = `Keyset${Date.now().toString(36)}`;
  const made = records(tag);
  for (const r of made) {
    await makeIncident({
      title: r.title,
      status: "published",
      eventDate: r.day,
      killed: { total: r.killed, securityForces: null, civilians: null, militants: null, unknown: null, low: null, high: null },
    });
  }
  const expected = [...made].sort(killedDesc).map((r) => r.title);
  const titles = page.getByRole("table").getByRole("link", { name: new RegExp(`^${tag}`) });

  await page.goto(`/incidents?q=${tag}&sort=killed&dir=desc`);
  await expect(page.getByRole("status")).toHaveText("30 incidents match the filter");
  await expect(titles).toHaveCount(25);
  expect(await titles.allTextContents()).toEqual(expected.slice(0, 25));
  const paging = page.getByRole("navigation", { name: "Incident list pages" });
  await expect(paging.getByRole("link", { name: "First page" })).toHaveCount(0);
  await expect(paging.getByRole("link", { name: /Previous/ })).toHaveCount(0);

  await paging.getByRole("link", { name: "Next 25 →" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/after=(none|\d+)_2024-05-0[12]_\d+/);
  await expect(titles).toHaveCount(5);
  expect(await titles.allTextContents()).toEqual(expected.slice(25));
  await expect(paging.getByRole("link", { name: /Next/ })).toHaveCount(0);

  // The address is the page: opened elsewhere, it shows the same rows.
  const shared = await page.context().newPage();
  await shared.goto(page.url());
  await expect(shared.getByRole("table").getByRole("link", { name: new RegExp(`^${tag}`) })).toHaveText(expected.slice(25));
  await shared.close();

  await paging.getByRole("link", { name: "← Previous 25" }).click();
  await expect(page).toHaveURL(/before=/);
  await expect(titles).toHaveCount(25);
  expect(await titles.allTextContents()).toEqual(expected.slice(0, 25));

  await page.goto(`/incidents?q=${tag}&sort=killed&dir=desc&after=${encodeURIComponent("none_2024-05-01_1")}`);
  await page.getByRole("link", { name: "First page" }).click();
  await expect(titles).toHaveCount(25);
});

test("a page link whose place cannot be read says so and leads to the first page", async ({ page }) => {
  await page.goto("/incidents?province=PK-KP&after=2024-02-30_5");
  await expect(page.getByRole("alert").getByRole("heading", { name: "This link's page cannot be found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "First page of these incidents" })).toHaveAttribute("href", "/incidents?province=PK-KP");
  await page.goto("/incidents?sort=date&after=7_2024-03-16_5");
  await expect(page.getByRole("heading", { name: "This link's page cannot be found" })).toBeVisible();
});
