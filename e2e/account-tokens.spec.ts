import { createHash } from "node:crypto";
import { expect, test } from "./fixtures";

test("an analyst creates an API token, sees it once, and revokes it", async ({ page, signInAs, db }) => {
  const user = await signInAs("analyst");
  await page.goto("/account");
  await page.getByLabel("Token name").fill("nightly import");
  await page.getByRole("button", { name: "Create token" }).click();
  const status = page.getByRole("main").getByRole("status");
  await expect(status).toContainText("Token “nightly import” created. Copy it now");
  const token = (await status.locator("code").textContent())!;
  expect(token).toMatch(/^atlas_[A-Za-z0-9_-]{43}$/);

  const stored = await db.apiToken.findFirstOrThrow({ where: { userId: user.id } });
  expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
  expect(JSON.stringify(stored)).not.toContain(token.slice(6));

  const row = page.getByRole("row", { name: /nightly import/ });
  await expect(row).toContainText(token.slice(0, 12));
  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);

  await row.getByRole("button", { name: "Revoke nightly import" }).click();
  await expect(row).toContainText("Revoked");
  expect((await db.apiToken.findFirstOrThrow({ where: { userId: user.id } })).revokedAt).not.toBeNull();
});

test("changing the password signs the user out everywhere else", async ({ page, signInAs, db }) => {
  const user = await signInAs("viewer");
  await db.session.create({ data: { id: `other-${user.id}`, token: `other-${user.id}`, userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
  await page.goto("/account");
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await page.getByLabel("New password again").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Password changed. You have been signed out everywhere else.");
  expect(await db.session.count({ where: { id: `other-${user.id}` } })).toBe(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("a wrong current password is refused", async ({ page, signInAs }) => {
  await signInAs("viewer");
  await page.goto("/account");
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await page.getByLabel("New password again").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The current password is not right.");
});
