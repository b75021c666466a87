import { expect, test } from "./fixtures";
import { E2E_EMAIL_DOMAIN } from "./auth-session";

test("an admin creates a viewer, who can sign in but not manage users", async ({ page, signInAs, db, browser }) => {
  await signInAs("admin");
  const email = `new-viewer-${Date.now()}@${E2E_EMAIL_DOMAIN}`;
  try {
    await page.goto("/admin/users");
    await page.getByLabel("Name").fill("Zainab Viewer");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("viewer");
    await page.getByRole("button", { name: "Create user" }).click();
    const status = page.getByRole("main").getByRole("status");
    await expect(status).toContainText(`Zainab Viewer (${email}) can now sign in as viewer`);
    const password = (await status.locator("code").textContent())!;
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    await expect(page.getByRole("row", { name: /Zainab Viewer/ })).toContainText("viewer");

    const viewer = await browser.newPage();
    await viewer.goto("/login");
    await viewer.getByLabel("E-mail").fill(email);
    await viewer.getByLabel("Password").fill(password);
    await viewer.getByRole("button", { name: "Sign in" }).click();
    await expect(viewer.getByRole("link", { name: "Your account: Zainab Viewer (viewer)" })).toBeVisible();
    await expect(viewer.getByRole("link", { name: "Users" })).toHaveCount(0);
    await viewer.goto("/admin/users");
    await expect(viewer.getByText("Only administrators can manage users.")).toBeVisible();
    await viewer.close();
  } finally {
    await db.user.deleteMany({ where: { email } });
  }
});

test("an admin changes a role and deactivates a user, which ends their sessions", async ({ page, signInAs, makeUser, db }) => {
  await signInAs("admin");
  const analyst = await makeUser("analyst", "Omar Analyst");
  await db.session.create({ data: { id: `s-${analyst.id}`, token: `t-${analyst.id}`, userId: analyst.id, expiresAt: new Date(Date.now() + 3600_000) } });
  await page.goto("/admin/users");
  const row = page.getByRole("row", { name: /Omar Analyst/ });
  await row.getByRole("combobox", { name: "Role for Omar Analyst" }).selectOption("admin");
  await row.getByRole("button", { name: "Change role for Omar Analyst" }).click();
  await expect(row.getByRole("status")).toHaveText("Role changed to admin.");
  await expect(row.getByRole("cell", { name: "admin", exact: true })).toBeVisible();

  await row.getByRole("button", { name: "Deactivate Omar Analyst" }).click();
  await expect(row.getByRole("cell", { name: "Deactivated" })).toBeVisible();
  expect(await db.session.count({ where: { userId: analyst.id } })).toBe(0);
});

test("the Users page and its actions refuse an analyst", async ({ page, signInAs }) => {
  await signInAs("analyst");
  await page.goto("/admin/users");
  await expect(page.getByText("Only administrators can manage users.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create user" })).toHaveCount(0);
});
