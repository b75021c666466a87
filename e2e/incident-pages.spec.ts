import { expect, test } from "./fixtures";
import { SEED_TOTAL, incidentsText } from "./seed-counts";

const MIR_ALI = "Suicide truck-bomb and gun attack on security post in Mir Ali";

test("the list shows the seeded incidents, newest first, with the Mir Ali attack", async ({ page }) => {
  await page.goto("/incidents");
  await page.getByRole("link", { name: "Next 25 →" }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: MIR_ALI }) });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell")).toContainText([
    "Sat, 16 Mar 2024",
    MIR_ALI,
    "Mir Ali (Khaddi market area)",
    "North Waziristan",
    "Khyber Pakhtunkhwa",
    "13",
    "17",
    "8",
  ]);
  await page.goto("/incidents");
  await expect(page.getByRole("status")).toHaveText(incidentsText(SEED_TOTAL));
  const firstDate = page.getByRole("row").nth(1).getByRole("cell").first();
  await expect(firstDate).toHaveText("Mon, 24 Nov 2025");
});

test("the list sorts by killed and pages", async ({ page }) => {
  await page.goto("/incidents");
  await page.getByRole("link", { name: /^Killed/ }).click();
  await expect(page).toHaveURL(/sort=killed&dir=desc/);
  await expect(page.getByRole("columnheader", { name: /Killed/ })).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("row").nth(1)).toContainText("Hijacking of the Jaffar Express");
  await page.getByRole("link", { name: "Next 25 →" }).click();
  await expect(page).toHaveURL(/sort=killed&dir=desc&after=/);
  await expect(page.getByRole("link", { name: "← Previous 25" })).toBeVisible();
  await expect(page.getByRole("link", { name: "First page" })).toBeVisible();
});

test("a filter with no match shows an empty state", async ({ page }) => {
  await page.goto("/incidents?province=Gilgit-Baltistan");
  await expect(page.getByRole("heading", { name: "No incidents match this filter" })).toBeVisible();
  await expect(page.getByRole("link", { name: "show all incidents" })).toHaveAttribute("href", "/incidents");
});

test("the detail page shows what, when, where, casualties, claims and sources", async ({ page }) => {
  await page.goto("/incidents");
  await page.getByRole("link", { name: "Next 25 →" }).click();
  await page.getByRole("link", { name: MIR_ALI }).click();
  await expect(page.getByRole("heading", { level: 1, name: MIR_ALI })).toBeVisible();

  const facts = page.getByRole("region", { name: "What, when, where", exact: true });
  await expect(facts).toContainText("Khyber Pakhtunkhwa");
  await expect(facts).toContainText("North Waziristan");
  await expect(facts).toContainText("Sat, 16 Mar 2024");
  await expect(facts).toContainText("(exact day)");
  await expect(facts).toContainText("precision: town");

  const security = page.getByRole("row", { name: /Security forces/ });
  // The figure opens the sources behind it (issue #13): its cell starts with the number.
  await expect(security.getByRole("cell").first()).toHaveText(/^7: where the killed \(security forces\) comes from/);
  await expect(
    page
      .getByRole("row", { name: /Civilians/ })
      .getByRole("cell")
      .first(),
  ).toHaveText("not reported");

  const origin = page.getByRole("region", { name: "Claimed origin", exact: true });
  await expect(origin).toContainText("Claimed origin: Afghanistan, alleged by Khawaja Muhammad Asif, Defence Minister of Pakistan, 17 Mar 2024");
  const denials = page.getByRole("region", { name: "Denial", exact: true });
  await expect(denials).toContainText("Afghanistan, denied by Afghan authorities (Kabul), 17 Mar 2024");

  const sources = page.getByRole("region", { name: /Sources/ });
  const arabNews = sources.getByRole("link", { name: /being conducted mostly from Afghanistan/ });
  await expect(arabNews).toHaveAttribute("href", "https://www.arabnews.pk/node/2478126/pakistan");
  await expect(arabNews).toHaveAttribute("target", "_blank");
  await expect(arabNews).toHaveAttribute("rel", "noopener noreferrer");
  await expect(sources.locator('a[href*="thenews.com.pk/latest/1169247"]')).toHaveAttribute("rel", "noopener noreferrer");

  await expect(page.getByTestId("point-map").locator(".leaflet-interactive").first()).toBeVisible();
});

test("an unknown or malformed incident id shows a not-found page", async ({ page }) => {
  for (const path of ["/incidents/999999", "/incidents/abc"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Incident not found" })).toBeVisible();
  }
});

test("a draft created for the test shows in an analyst's list of drafts with its badge", async ({ page, makeIncident, signInAs }) => {
  const id = await makeIncident({ status: "draft", sources: [], title: "Draft: unconfirmed blast near Wana", eventDate: "2025-12-01" });
  await signInAs("analyst");
  await page.goto("/incidents?status=draft");
  const link = page.getByRole("link", { name: "Draft: unconfirmed blast near Wana" });
  await expect(link).toHaveAttribute("href", `/incidents/${id}`);
  await expect(page.getByRole("row").filter({ has: link })).toContainText("Draft");
});
