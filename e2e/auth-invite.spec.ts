import { expect, test } from "./fixtures";
import { E2E_EMAIL_DOMAIN } from "./auth-session";
import { createInvite } from "@/lib/auth/invites";
import { INVITE_LIFETIME_MS } from "@/lib/auth/invite-token";

const emails: string[] = [];
const newEmail = (what: string) => {
  const email = `invite-${what}-${Date.now()}@${E2E_EMAIL_DOMAIN}`;
  emails.push(email);
  return email;
};

test.afterEach(async ({ db }) => {
  await db.user.deleteMany({ where: { email: { in: emails } } });
  await db.invite.deleteMany({ where: { email: { in: emails } } });
  emails.length = 0;
});

test("an expired, a revoked and an unknown link all get the same clear page", async ({ page, browser, signInAs, db }) => {
  const expired = await createInvite(
    db,
    { name: "Old Invitee", email: newEmail("expired"), role: "analyst" },
    null,
    new Date(Date.now() - INVITE_LIFETIME_MS - 60_000),
  );
  if ("error" in expired) throw new Error("could not invite");

  await signInAs("admin");
  await page.goto("/admin/users");
  const expiredRow = page.getByRole("row", { name: /Old Invitee/ });
  await expect(expiredRow).toContainText("Invitation expired");

  await page.getByLabel("Name", { exact: true }).fill("Revoked Invitee");
  await page.getByLabel("E-mail").fill(newEmail("revoked"));
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const revokedLink = await page.getByLabel("Invitation link").inputValue();
  const revokedRow = page.getByRole("row", { name: /Revoked Invitee/ });
  await expect(revokedRow).toContainText("Invited, pending");
  await revokedRow.getByRole("button", { name: "Revoke the invitation for Revoked Invitee" }).click();
  await expect(revokedRow).toHaveCount(0);

  const visitor = await browser.newPage();
  const messages: string[] = [];
  for (const link of [`/invite/${expired.token}`, revokedLink, `/invite/${"A".repeat(43)}`, "/invite/short"]) {
    await visitor.goto(link);
    await expect(visitor.getByRole("heading", { level: 1, name: "Invitation link not valid" })).toBeVisible();
    messages.push((await visitor.getByRole("main").textContent())!);
    await expect(visitor.getByLabel("Password", { exact: true })).toHaveCount(0);
  }
  expect(new Set(messages).size).toBe(1);
  await visitor.close();
});

test("the password rules apply, field by field, and a link revoked while the form is open stops working", async ({ page, db }) => {
  const email = newEmail("rules");
  const invite = await createInvite(db, { name: "Careful Invitee", email, role: "viewer" }, null);
  if ("error" in invite) throw new Error("could not invite");
  await page.goto(`/invite/${invite.token}`);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Password again").fill("short");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  expect(await db.user.count({ where: { email } })).toBe(0);

  await db.invite.update({ where: { id: invite.id }, data: { revokedAt: new Date() } });
  await page.getByLabel("Password", { exact: true }).fill("long enough now");
  await page.getByLabel("Password again").fill("long enough now");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/This invitation link is not valid/);
  expect(await db.user.count({ where: { email } })).toBe(0);
});
