import { expect, test } from "./fixtures";
import { E2E_EMAIL_DOMAIN } from "./auth-session";
import type { Page } from "@playwright/test";

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a wrong password and an unknown e-mail get the same answer", async ({ page, makeUser }) => {
  const user = await makeUser("analyst");
  await page.goto("/login");
  const alert = page.getByRole("main").getByRole("alert");
  await signIn(page, user.email, "not the password at all");
  await expect(alert).toHaveText("The e-mail address or password is not right.");
  const wrongPassword = await alert.textContent();
  await expect(page.getByLabel("E-mail")).toHaveValue(user.email);

  await page.goto("/login");
  await signIn(page, `nobody-${Date.now()}@${E2E_EMAIL_DOMAIN}`, "not the password at all");
  await expect(alert).toHaveText(wrongPassword!);
});

test("an analyst signs in, returns to the page they asked for, and signs out", async ({ page, makeUser }) => {
  const user = await makeUser("analyst", "Bilal Analyst");
  await page.goto("/login?next=/incidents");
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/incidents$/);
  await expect(page.getByRole("link", { name: "Your account: Bilal Analyst analyst" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?next=\/account$/);
});

test("sign-in is refused after five failures, even with the right password", async ({ page, makeUser, db }) => {
  const user = await makeUser("viewer");
  await page.goto("/login");
  for (let i = 1; i <= 5; i++) {
    await signIn(page, user.email, `wrong password ${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The e-mail address or password is not right.");
    await expect.poll(() => db.loginAttempt.count({ where: { email: user.email } })).toBe(i);
  }
  await signIn(page, user.email, user.password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many sign-in attempts\. Try again in 1[45] minutes\.$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a deactivated user cannot sign in", async ({ page, makeUser, db }) => {
  const user = await makeUser("analyst");
  await db.user.update({ where: { id: user.id }, data: { active: false } });
  await page.goto("/login");
  await signIn(page, user.email, user.password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("This account has been deactivated. Ask an administrator.");
});
