import { expect, test } from "./fixtures";
import { E2E_EMAIL_DOMAIN, E2E_PASSWORD } from "./auth-session";

test("setup creates the first admin, signs them in, and then closes", async ({ page, db, browser }) => {
  // Tests run one at a time and remove the users they create, so the Atlas starts with none.
  expect(await db.user.count()).toBe(0);
  const email = `first-admin@${E2E_EMAIL_DOMAIN}`;
  try {
    await page.goto("/login");
    await page.getByRole("link", { name: "Create the first administrator" }).click();
    await expect(page.getByRole("heading", { name: "Create the first administrator" })).toBeVisible();
    await page.getByLabel("Your name").fill("Farah Admin");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Create administrator" }).click();

    await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Your account: Farah Admin admin" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: /Farah Admin/ })).toBeVisible();

    const other = await browser.newPage();
    await other.goto("/setup");
    await expect(other).toHaveURL(/\/login$/);
    await expect(other.getByRole("link", { name: "Create the first administrator" })).toHaveCount(0);
    await other.close();
  } finally {
    await db.user.deleteMany({ where: { email } });
    await db.signInLimit.deleteMany({ where: { account: email } });
  }
});
