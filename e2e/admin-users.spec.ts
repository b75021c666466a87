import { expect, test } from "./fixtures";
import { E2E_EMAIL_DOMAIN } from "./auth-session";

test("an admin invites a viewer, who chooses a password, is signed in, and cannot manage users", async ({ page, signInAs, db, browser }) => {
  await signInAs("admin", "Amina Admin");
  const email = `new-viewer-${Date.now()}@${E2E_EMAIL_DOMAIN}`;
  try {
    await page.goto("/admin/users");
    // No BETTER_AUTH_URL in the e2e server: the page says where invitation links will point.
    await expect(page.getByText(/^Invitation links start with the address you opened Atlas at, http:\/\/127\.0\.0\.1:\d+\./)).toBeVisible();
    await page.getByLabel("Name", { exact: true }).fill("Zainab Viewer");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("viewer");
    await page.getByRole("button", { name: "Create invitation link" }).click();
    const status = page.getByRole("main").getByRole("status");
    await expect(status).toContainText(`Zainab Viewer (${email}) is invited as viewer`);
    await expect(status).toContainText(/Expires \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC/);
    const link = await page.getByLabel("Invitation link").inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite\/[A-Za-z0-9_-]{43}$/);
    const row = page.getByRole("row", { name: /Zainab Viewer/ });
    await expect(row).toContainText("Invited, pending");
    await expect(row).toContainText("by Amina Admin");
    // Only the hash is kept.
    const stored = await db.invite.findFirstOrThrow({ where: { email } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(link).not.toContain(stored.tokenHash);

    const invitee = await browser.newPage();
    await invitee.goto(link);
    await expect(invitee.getByRole("heading", { level: 1, name: "Welcome, Zainab Viewer" })).toBeVisible();
    await expect(invitee.getByRole("main")).toContainText(email);
    await invitee.getByLabel("Password", { exact: true }).fill("a fine new password");
    await invitee.getByLabel("Password again").fill("a fine new passwore");
    await invitee.getByRole("button", { name: "Create my account" }).click();
    await expect(invitee.getByText("The two passwords differ")).toBeVisible();
    // Nothing typed is lost: correct the second field only.
    await expect(invitee.getByLabel("Password", { exact: true })).toHaveValue("a fine new password");
    await invitee.getByLabel("Password again").fill("a fine new password");
    await invitee.getByRole("button", { name: "Create my account" }).click();
    await expect(invitee.getByRole("link", { name: "Your account: Zainab Viewer viewer" })).toBeVisible();
    await expect(invitee).toHaveURL(/\/$/);
    await expect(invitee.getByRole("link", { name: "Users" })).toHaveCount(0);
    await invitee.goto("/admin/users");
    await expect(invitee.getByText("Only administrators can manage users.")).toBeVisible();
    // Single use.
    await invitee.goto(link);
    await expect(invitee.getByRole("heading", { level: 1, name: "Invitation link not valid" })).toBeVisible();
    await invitee.close();

    await page.reload();
    await expect(row).toContainText("Active");
    await expect(row).not.toContainText("Invited");
  } finally {
    await db.user.deleteMany({ where: { email } });
    await db.invite.deleteMany({ where: { email } });
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
  await expect(page.getByRole("button", { name: "Create invitation link" })).toHaveCount(0);
});
