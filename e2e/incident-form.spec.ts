import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const ARAB_NEWS = "https://www.arabnews.pk/node/2478126/pakistan";
const THE_NEWS = "https://www.thenews.com.pk/latest/1169247-terrorism-against-pakistan-mostly-being-conducted-from-afghanistan-khawaja-asif";
const SEEDED_MIR_ALI = "Suicide truck-bomb and gun attack on security post in Mir Ali";
const PREFIX = "E2E form:";

// Incidents this spec creates through the form are removed afterwards (the seeded sources stay).
// Writing needs an analyst (decision 005).
test.beforeEach(async ({ signInAs }) => {
  await signInAs("analyst");
});

test.afterEach(async ({ db }) => {
  await db.incident.deleteMany({ where: { title: { startsWith: PREFIX } } });
  await db.actor.deleteMany({ where: { name: { startsWith: PREFIX } } });
});

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

async function pickPlace(page: Page, name: string) {
  await page.getByRole("combobox", { name: "Search places" }).fill(name);
  await page
    .getByRole("option", { name: new RegExp(`^${name}`) })
    .first()
    .click();
}

test("creates the Mir Ali attack from two articles, keeping every value through a failed submit", async ({ page }) => {
  // Some sixty fields typed, two saves and a map: longer than one page's test when the machine is busy.
  test.slow();
  const title = `${PREFIX} Suicide attack on army post in Mir Ali`;
  await page.goto("/incidents/new");
  await expect(page.getByRole("heading", { level: 1, name: "New incident" })).toBeVisible();

  const what = section(page, "What");
  await what.getByLabel("Title").fill(title);
  await what.getByLabel("Summary").fill("Six attackers rammed an explosives-laden vehicle into a security post before dawn.");
  await what.getByLabel("Event type", { exact: true }).selectOption("Battles");
  await what.getByLabel("Sub-event type").selectOption("Armed clash");
  // Changing the type leaves the old sub-type visibly invalid rather than silently dropping it.
  await what.getByLabel("Event type", { exact: true }).selectOption("Explosions/Remote violence");
  await expect(what.getByLabel("Sub-event type")).toHaveValue("Armed clash");
  await what.getByLabel("Attack type").selectOption("Bombing/Explosion");
  await what.getByLabel("Target type").selectOption("Military");
  await what.getByLabel("Weapon type").selectOption("Explosives");
  await what.getByLabel("Weapon sub-type").selectOption("Vehicle");
  await what.getByLabel("Suicide attack").selectOption("Yes");

  await section(page, "When").getByLabel("Date", { exact: true }).fill("2024-03-16");
  await expect(section(page, "When")).toContainText("That was a Saturday.");

  const where = section(page, "Where");
  await pickPlace(page, "Mir Ali");
  await expect(where.getByLabel("Place", { exact: true })).toHaveValue("Mir Ali");
  await expect(where.getByLabel("District")).toHaveValue("North Waziristan");
  await expect(where.getByLabel("Province")).toHaveValue("Khyber Pakhtunkhwa");
  await expect(where.getByLabel("Latitude")).toHaveValue("32.97");
  await expect(where.getByLabel("Longitude")).toHaveValue("70.27");
  await expect(where.getByText("The point lies in Khyber Pakhtunkhwa, as typed.")).toBeVisible();

  const killed = page.getByRole("group", { name: "Killed" });
  await killed.getByLabel("Total").fill("13");
  await killed.getByLabel("Security forces").fill("7");
  await killed.getByLabel("Militants").fill("-1");
  await page.getByRole("group", { name: "Injured" }).getByLabel("Total").fill("17");

  const actors = section(page, "Actors");
  await actors.getByRole("button", { name: "Add actor" }).click();
  const perpetrator = actors.getByRole("group", { name: "Actor 1" });
  await perpetrator.getByLabel("Actor", { exact: true }).fill("Jaish-e-Fursan-e-Muhammad");
  await expect(perpetrator.getByText("Known actor")).toBeVisible();
  await perpetrator.getByLabel("Certainty").selectOption("claimed");
  await actors.getByRole("button", { name: "Add actor" }).click();
  const target = actors.getByRole("group", { name: "Actor 2" });
  await target.getByLabel("Actor", { exact: true }).fill(`${PREFIX} Mir Ali post garrison`);
  await expect(target.getByText("New actor: it will be created on save")).toBeVisible();
  await target.getByLabel("Kind").selectOption("state_force");
  await target.getByLabel("Role").selectOption("target");
  await target.getByLabel("Certainty").selectOption("confirmed");

  const sources = section(page, "Sources");
  const source1 = sources.getByRole("group", { name: "Source 1" });
  await source1.getByLabel("URL").fill("arabnews.pk/node/2478126/pakistan");
  await source1.getByLabel("Outlet").fill("Arab News Pakistan");
  await source1.getByLabel("Published").fill("2024-03-17");
  await sources.getByRole("button", { name: "Add source" }).click();
  const source2 = sources.getByRole("group", { name: "Source 2" });
  await source2.getByLabel("URL").fill(THE_NEWS);
  await expect(source2.getByLabel("Outlet")).toHaveValue("The News");

  const claims = section(page, "Claims");
  await claims.getByRole("button", { name: "Add claim" }).click();
  const origin = claims.getByRole("group", { name: "Claim 1" });
  await origin.getByLabel("Kind").selectOption("origin");
  await origin.getByLabel("Claimant", { exact: true }).fill("Khawaja Muhammad Asif");
  await origin.getByLabel("Claimant's role").fill("Defence Minister of Pakistan");
  await origin.getByLabel("Subject").fill("Afghanistan");
  await origin.getByLabel("Date made").fill("2024-03-17");
  await origin.getByLabel("Source").selectOption({ label: "Source 2: The News" });
  await origin.getByLabel("Statement").fill("Terrorism against Pakistan is conducted mostly from Afghanistan.");
  await claims.getByRole("button", { name: "Add claim" }).click();
  const denial = claims.getByRole("group", { name: "Claim 2" });
  await denial.getByLabel("Kind").selectOption("denial");
  await denial.getByLabel("Claimant", { exact: true }).fill("Afghan authorities (Kabul)");
  await denial.getByLabel("Subject").fill("Afghanistan");
  await denial.getByLabel("Source").selectOption({ label: "Source 1: Arab News Pakistan" });
  await denial.getByLabel("Statement").fill("Kabul will not let its soil be used for attacks on any country.");

  await page.getByRole("button", { name: "Save incident" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "problems to fix before saving" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    'Sub-event type: "Armed clash" is not a sub-type of Explosions/Remote violence',
    "Killed, militants: A count cannot be negative",
    "Source 1, URL: Enter a web address starting with http:// or https://",
  ]);
  await expect(what.getByLabel("Sub-event type")).toHaveAccessibleDescription(/not a sub-type of Explosions/);
  await expect(killed.getByLabel("Militants")).toHaveAttribute("aria-invalid", "true");
  await expect(source1.getByLabel("URL")).toHaveAccessibleDescription(/Enter a web address starting with http/);
  await page.screenshot({ path: test.info().outputPath("incident-form-errors.png"), fullPage: true });

  // Nothing typed is lost, the repeated rows included.
  await expect(what.getByLabel("Title")).toHaveValue(title);
  await expect(where.getByLabel("Latitude")).toHaveValue("32.97");
  await expect(killed.getByLabel("Militants")).toHaveValue("-1");
  await expect(what.getByLabel("Suicide attack")).toHaveValue("yes");
  await expect(source1.getByLabel("URL")).toHaveValue("arabnews.pk/node/2478126/pakistan");
  await expect(source2.getByLabel("URL")).toHaveValue(THE_NEWS);
  await expect(denial.getByLabel("Statement")).toHaveValue("Kabul will not let its soil be used for attacks on any country.");
  await expect(perpetrator.getByLabel("Actor", { exact: true })).toHaveValue("Jaish-e-Fursan-e-Muhammad");
  await expect(target.getByLabel("Role")).toHaveValue("target");

  // A link in the summary takes the analyst to the field.
  await summary.getByRole("link", { name: /Killed, militants/ }).click();
  await expect(killed.getByLabel("Militants")).toBeFocused();

  await what.getByLabel("Sub-event type").selectOption("Suicide bomb");
  await killed.getByLabel("Militants").fill("6");
  await source1.getByLabel("URL").fill(ARAB_NEWS);
  // The denial still cites source 1 under its corrected URL.
  await expect(denial.getByLabel("Source")).toHaveValue(ARAB_NEWS);
  await page.getByRole("button", { name: "Save incident" }).click();

  // The seeded record of the same attack is offered as a possible duplicate.
  const duplicate = page.getByRole("alert").filter({ hasText: "Possible duplicate" });
  await expect(duplicate).toBeFocused();
  await expect(duplicate.getByRole("link", { name: SEEDED_MIR_ALI })).toBeVisible();
  await duplicate.getByRole("button", { name: /Save anyway/ }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const facts = page.getByRole("region", { name: "What, when, where", exact: true });
  await expect(facts).toContainText("Khyber Pakhtunkhwa");
  await expect(facts).toContainText("North Waziristan");
  await expect(facts).toContainText(/Suicide attack\s*Yes/);
  await expect(page.getByRole("heading", { name: "Sources (2)" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Claimed origin", exact: true })).toContainText("Khawaja Muhammad Asif");
  await expect(page.getByRole("region", { name: /Denial/ })).toContainText("Afghan authorities (Kabul)");
  await expect(
    page
      .getByRole("row", { name: /Militants/ })
      .getByRole("cell")
      .first(),
  ).toHaveText("6");
  await expect(page.getByRole("region", { name: "Actors" })).toContainText(`${PREFIX} Mir Ali post garrison`);
});

test("edits an incident", async ({ page, makeIncident }) => {
  const id = await makeIncident({
    title: `${PREFIX} to edit`,
    eventDate: "2019-01-10",
    latitude: 34.01,
    longitude: 71.58,
    location: "Peshawar",
    status: "draft",
  });
  await page.goto(`/incidents/${id}`);
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit incident" })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(`${PREFIX} to edit`);
  await expect(page.locator('input[name="version"]')).toHaveValue("1");
  await page.getByLabel("Title").fill(`${PREFIX} edited`);
  await page.getByRole("group", { name: "Killed" }).getByLabel("Total").fill("9");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${PREFIX} edited` })).toBeVisible();
  await expect(page.getByRole("row", { name: /Total/ }).first()).toContainText("9");
});

test("warns of a possible duplicate for a second entry of the same attack", async ({ page, makeIncident }) => {
  const existing = `${PREFIX} first entry of the Quetta blast`;
  const id = await makeIncident({
    title: existing,
    eventDate: "2018-05-05",
    latitude: 30.19,
    longitude: 67.0,
    location: "Quetta",
    province: "Balochistan",
    district: "Quetta",
  });
  await page.goto("/incidents/new");
  await page.getByLabel("Title").fill(`${PREFIX} second entry of the Quetta blast`);
  await page.getByLabel("Event type", { exact: true }).selectOption("Explosions/Remote violence");
  await page.getByLabel("Date", { exact: true }).fill("2018-05-06");
  await pickPlace(page, "Quetta");
  await expect(page.getByText("The point lies in Balochistan, as typed.")).toBeVisible();
  await page.getByRole("group", { name: "Source 1" }).getByLabel("URL").fill("https://www.dawn.com/news/e2e-quetta-second-entry");
  await page.getByRole("button", { name: "Save incident" }).click();

  const duplicate = page.getByRole("alert").filter({ hasText: "Possible duplicate" });
  await expect(duplicate.getByRole("link", { name: existing })).toHaveAttribute("href", `/incidents/${id}`);
  await expect(duplicate.getByRole("link", { name: /Add the source there/ })).toHaveAttribute("href", `/incidents/${id}/edit`);
  await expect(page.getByLabel("Title")).toHaveValue(`${PREFIX} second entry of the Quetta blast`);
});

test("sets the point from the map and flags a typed province that the point is not in", async ({ page }) => {
  await page.goto("/incidents/new");
  const where = section(page, "Where");
  // Clicking the map sets the point (the map opens on the region's centre, 31.1 N 68.8 E).
  await page.getByTestId("location-picker").click();
  await expect(where.getByLabel("Latitude")).toHaveValue(/^3[01]\.\d+$/);
  await expect(where.getByLabel("Longitude")).toHaveValue(/^6[89]\.\d+$/);
  await where.getByLabel("Province").fill("Punjab");
  await where.getByLabel("Latitude").fill("30.18414");
  await where.getByLabel("Longitude").fill("67.00141");
  await expect(where.getByText(/the point lies in Balochistan \(Pakistan\), not Punjab/)).toBeVisible();
  await where.getByRole("button", { name: "Use Balochistan" }).click();
  await expect(where.getByLabel("Province")).toHaveValue("Balochistan");
});
