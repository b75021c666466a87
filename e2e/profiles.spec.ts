import { expect, test } from "./fixtures";

/**
 * Actor and province profiles (issue #16): reached from an incident's actors and from the tables
 * that name them; unknown ids answer the app's 404. Each test names its actors uniquely.
 */
test("an actor's name on an incident leads to its profile: aliases, where, whom it targets, its claims and those naming it", async ({ page, makeIncident }) => {
  const front = `E2E Profile Front ${Date.now()}`;
  const militia = `E2E Target Militia ${Date.now()}`;
  const sourceUrl = `https://news.example.org/e2e-profile-${Date.now()}`;
  const id = await makeIncident({
    title: "E2E profile: raid on a checkpost",
    eventDate: "2013-06-10",
    targetType: "Police",
    sources: [{ url: sourceUrl, outlet: "E2E Wire", headline: "Front claims raid", publishedAt: "2013-06-11", language: "en", quote: null }],
    actors: [
      { name: front, kind: "armed_group", role: "perpetrator", certainty: "claimed" },
      { name: militia, kind: "armed_group", role: "target", certainty: "confirmed" },
    ],
    claims: [
      { kind: "responsibility", claimantName: front, subject: front, statement: "The front said its fighters carried out the raid.", sourceUrl },
      { kind: "denial", claimantName: "E2E Interior Ministry", subject: front, statement: "The ministry denied the front was involved.", sourceUrl },
    ],
  });
  await page.goto(`/incidents/${id}`);
  await page.getByRole("link", { name: front }).click();
  await expect(page).toHaveURL(/\/actors\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: front })).toBeVisible();
  await expect(page.getByText("Recorded in 1 incident: as perpetrator in 1, as target in 0.")).toBeVisible();

  const where = page.getByRole("region", { name: "Where" });
  await expect(where.getByRole("row", { name: /Khyber Pakhtunkhwa 1 7/ })).toBeVisible();
  const targets = page.getByRole("region", { name: "Whom it targets" });
  await expect(targets.getByRole("row", { name: /Police 1 7/ })).toBeVisible();
  await expect(targets.getByRole("link", { name: militia })).toBeVisible();

  const made = page.getByRole("region", { name: "Claims, allegations and denials it made" });
  await expect(made.getByText("The front said its fighters carried out the raid.")).toBeVisible();
  const naming = page.getByRole("region", { name: "Claims, allegations and denials naming it" });
  await expect(naming.getByText("The ministry denied the front was involved.")).toBeVisible();
  await expect(naming.getByText("The front said its fighters carried out the raid.")).toHaveCount(0);

  // The chart's table links to the month's incidents with this actor.
  await page.getByRole("region", { name: "Incidents over time" }).getByText("The charts as a table").click();
  await page
    .getByRole("row", { name: /June 2013/ })
    .getByRole("link", { name: "1" })
    .click();
  await expect(page).toHaveURL(/\/incidents\?from=2013-06-01&to=2013-06-30&actor=/);
  await expect(page.getByRole("link", { name: "E2E profile: raid on a checkpost" })).toBeVisible();

  await page.goBack();
  await page.getByRole("region", { name: "Where" }).getByRole("link", { name: "Khyber Pakhtunkhwa" }).click();
  await expect(page).toHaveURL(/\/provinces\/PK-KP$/);
  await expect(page.getByRole("heading", { level: 1, name: "Khyber Pakhtunkhwa" })).toBeVisible();
});

test("a province's profile shows its trend, its deadliest incidents and its perpetrators", async ({ page, makeIncident }) => {
  const group = `E2E Province Group ${Date.now()}`;
  await makeIncident({
    title: "E2E province: deadliest attack on record",
    province: "Balochistan",
    district: "Quetta",
    location: "Quetta",
    latitude: 30.18,
    longitude: 66.99,
    killed: { total: 900, securityForces: null, civilians: 900, militants: null, unknown: null },
    actors: [{ name: group, kind: "armed_group", role: "perpetrator", certainty: "suspected" }],
  });
  await page.goto("/provinces/pk-ba");
  await expect(page.getByRole("heading", { level: 1, name: "Balochistan" })).toBeVisible();
  await expect(page.getByRole("figure", { name: /^Killed per month by victim category/ })).toBeVisible();
  const deadliest = page.getByRole("region", { name: "Most deadly incidents" });
  await expect(deadliest.getByRole("row").nth(1)).toContainText("E2E province: deadliest attack on record");
  const perpetrators = page.getByRole("region", { name: "Perpetrators" });
  await perpetrators.getByRole("link", { name: group }).click();
  await expect(page.getByRole("heading", { level: 1, name: group })).toBeVisible();
});

test("unknown actors and provinces answer the app's 404", async ({ page }) => {
  for (const path of ["/actors/999999999", "/actors/abc", "/actors/0", "/provinces/XX-YY", "/provinces/Balochistan"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  }
});
