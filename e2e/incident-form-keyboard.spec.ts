import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const TITLE = "E2E keyboard: Clash near Khost entered by keyboard";

test.use({ locale: "en-US" });

// Writing needs an analyst (decision 005).
test.beforeEach(async ({ signInAs }) => {
  await signInAs("analyst");
});

test.afterEach(async ({ db }) => {
  await db.incident.deleteMany({ where: { title: TITLE } });
});

/** Presses Tab until `target` has focus: proof it can be reached with the keyboard alone. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with Tab`);
}

test("the whole form can be filled and saved with the keyboard alone", async ({ page }) => {
  // Hundreds of key presses and a save: over 30 s when the other worker's fuzzing loads both cores.
  test.slow();
  await page.goto("/incidents/new");
  const save = page.getByRole("button", { name: "Save incident" });

  // Submitting the empty form: focus goes to the summary, and its links lead to the fields.
  await tabTo(page, save);
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert").filter({ hasText: "to fix before saving" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Title: Enter title");
  await page.keyboard.press("Tab");
  await expect(summary.getByRole("link").first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Title")).toBeFocused();

  await page.keyboard.type(TITLE);
  await tabTo(page, page.getByLabel("Event type", { exact: true }));
  await page.keyboard.type("Battles");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Armed");
  await expect(page.getByLabel("Sub-event type")).toHaveValue("Armed clash");

  await tabTo(page, page.getByLabel("Date", { exact: true }));
  await page.keyboard.type("05122017");
  await expect(page.getByLabel("Date", { exact: true })).toHaveValue("2017-05-12");

  await tabTo(page, page.getByRole("combobox", { name: "Search places" }));
  await page.keyboard.type("Khost");
  await expect(page.getByRole("listbox", { name: "Places" }).getByRole("option").first()).toContainText("Khost");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Province")).toHaveValue("Khost");
  await expect(page.getByLabel("Country")).toHaveValue("AFG");
  await expect(page.getByText("The point lies in Khost, as typed.")).toBeVisible();

  await tabTo(page, page.getByRole("group", { name: "Killed" }).getByLabel("Total"));
  await page.keyboard.type("3");

  await tabTo(page, page.getByRole("group", { name: "Source 1" }).getByLabel("URL"));
  await page.keyboard.type("https://tolonews.com/afghanistan/e2e-keyboard-khost");
  await expect(page.getByRole("group", { name: "Source 1" }).getByLabel("Outlet")).toHaveValue("TOLOnews");

  // A new record is saved as a draft (decision 017): the form says so instead of offering a status.
  await expect(page.getByText(/^Saved as a draft/)).toBeVisible();
  await tabTo(page, save);
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "What, when, where", exact: true })).toContainText("Khost");
});

test("Enter in the place search picks a place and never submits the form, even before the results arrive", async ({ page }) => {
  await page.goto("/incidents/new");
  const search = page.getByRole("combobox", { name: "Search places" });
  await search.fill("Khost");
  // Before the search has answered: the list is not open yet, so nothing is there to pick.
  await search.press("Enter");
  const options = page.getByRole("listbox", { name: "Places" }).getByRole("option");
  await expect(options.first()).toContainText("Khost");
  await expect(page.getByRole("alert").filter({ hasText: "to fix before saving" })).toHaveCount(0);
  await expect(page).toHaveURL(/\/incidents\/new$/);

  await search.press("Enter");
  await expect(page.getByLabel("Province")).toHaveValue("Khost");
  await expect(page.getByRole("alert").filter({ hasText: "to fix before saving" })).toHaveCount(0);
  await expect(page).toHaveURL(/\/incidents\/new$/);
});
