import { expect, test } from "./fixtures";
import { E2E_EMAIL_DOMAIN } from "./auth-session";
import type { Page } from "@playwright/test";

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A sign-in that fails, waiting until the form is back (React resets it once the answer is in) before the next try. */
async function failSignIn(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page.getByLabel("Password")).toHaveValue("");
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

test("sign-in from an unknown browser is refused after five failures, even with the right password", async ({ page, makeUser, db }) => {
  const user = await makeUser("viewer");
  await page.goto("/login");
  for (let i = 1; i <= 5; i++) {
    await failSignIn(page, user.email, `wrong password ${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The e-mail address or password is not right.");
    await expect.poll(async () => (await db.signInLimit.findFirst({ where: { account: user.email } }))?.failures).toBe(i);
  }
  await signIn(page, user.email, user.password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Too many sign-in attempts. Try again in 1 minute.");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a stranger's failures do not lock the owner out of a browser they signed in from before", async ({ page, browser, makeUser, baseURL, db }) => {
  // Seven sign-ins, each a deliberately slow password hash.
  test.slow();
  const owner = await makeUser("admin", "Owner Admin");
  await page.goto("/login");
  await signIn(page, owner.email, owner.password);
  await expect(page.getByRole("link", { name: /^Your account: Owner Admin/ })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  const stranger = await browser.newContext({ baseURL });
  try {
    const guesser = await stranger.newPage();
    await guesser.goto("/login");
    for (let i = 1; i <= 5; i++) {
      await failSignIn(guesser, owner.email, `guess ${i}`);
      await expect.poll(async () => (await db.signInLimit.findFirst({ where: { account: owner.email, kind: "account" } }))?.failures).toBe(i);
    }
    await signIn(guesser, owner.email, owner.password);
    await expect(guesser.getByRole("main").getByRole("alert")).toHaveText("Too many sign-in attempts. Try again in 1 minute.");
  } finally {
    await stranger.close();
  }

  await page.goto("/login");
  await signIn(page, owner.email, owner.password);
  await expect(page.getByRole("link", { name: /^Your account: Owner Admin/ })).toBeVisible();
});

test("a hundred guesses sent at once: five are checked, the rest refused with Retry-After", async ({ request, makeUser, baseURL }) => {
  const user = await makeUser("analyst");
  const responses = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      request.post("/api/auth/sign-in/email", { data: { email: user.email, password: `parallel guess ${i}` }, headers: { origin: baseURL! } }),
    ),
  );
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s === 401)).toHaveLength(5);
  expect(statuses.filter((s) => s === 429)).toHaveLength(95);
  const refused = responses.find((r) => r.status() === 429)!;
  expect(refused.headers()["retry-after"]).toMatch(/^(59|60)$/);
  expect((await refused.json()).message).toBe("Too many sign-in attempts. Try again in 1 minute.");
});

test("a deactivated user cannot sign in", async ({ page, makeUser, db }) => {
  const user = await makeUser("analyst");
  await db.user.update({ where: { id: user.id }, data: { active: false } });
  await page.goto("/login");
  await signIn(page, user.email, user.password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("This account has been deactivated. Ask an administrator.");
});

test("a signed-in user sent to a next path that resolves to another site stays on this one", async ({ page, signInAs, baseURL }) => {
  await signInAs("viewer");
  for (const next of ["/..//evil.example/phish", "/.//evil.example", "/%2e%2e//evil.example", "/..\\/evil.example"]) {
    const answer = await page.request.get(`/login?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
    expect(answer.status(), next).toBe(307);
    expect(answer.headers().location, next).toBe("/");
  }
  await page.goto("/login?next=/..//evil.example/phish");
  await expect(page).toHaveURL(`${baseURL}/`);
});
