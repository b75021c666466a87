import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signInContext } from "./auth-session";

/**
 * A form posted by someone who lost the role while the page was open (an admin demoted them, or
 * their session ended): the server action refuses with a message on the page, answers 200 rather
 * than 500, and writes nothing.
 */
const REFUSED_VIEWER = "Your account (viewer) may not do this; it needs the analyst role.";

/** Clicks a submit button and returns the status of the form's POST. */
async function submit(page: Page, button: ReturnType<Page["getByRole"]>): Promise<number> {
  const answer = page.waitForResponse((r) => r.request().method() === "POST");
  await button.click();
  return (await answer).status();
}

test("an analyst demoted to viewer cannot move an incident to the trash, and is told why", async ({ page, signInAs, makeIncident, db }) => {
  const user = await signInAs("analyst");
  const id = await makeIncident({ title: "E2E refusal: trash", eventDate: "2018-03-03" });
  await page.goto(`/incidents/${id}`);
  await db.user.update({ where: { id: user.id }, data: { role: "viewer" } });
  const audits = await db.auditEvent.count();

  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this incident?" });
  expect(await submit(page, dialog.getByRole("button", { name: "Move to trash" }))).toBe(200);
  // The reason is shown in the dialog, above the button it refused; Cancel closes it.
  await expect(dialog.getByRole("alert")).toHaveText(REFUSED_VIEWER);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect((await db.incident.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
  expect(await db.auditEvent.count()).toBe(audits);
});

test("without JavaScript, a demoted analyst cannot restore from the trash, and is told why", async ({ browser, makeUser, makeIncident, db, baseURL }) => {
  const user = await makeUser("analyst");
  const id = await makeIncident({ title: "E2E refusal: restore", eventDate: "2018-04-04" });
  await db.incident.update({ where: { id }, data: { deletedAt: new Date() } });
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInContext(db, context, baseURL!, user.id);
  const page = await context.newPage();
  await page.goto("/incidents/trash");
  await db.user.update({ where: { id: user.id }, data: { role: "viewer" } });

  expect(await submit(page, page.getByRole("button", { name: "Restore E2E refusal: restore" }))).toBe(200);
  // Without JavaScript the answer is the whole page, rendered for the viewer the user now is.
  await expect(page.getByRole("main").getByRole("status")).toContainText("You need analyst access to do this.");
  expect((await db.incident.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
  await context.close();
});

test("a token cannot be revoked once the session has ended: the answer is the sign-in page, not an error", async ({ page, signInAs, db }) => {
  const user = await signInAs("viewer");
  await db.apiToken.create({ data: { userId: user.id, name: "refusal token", tokenHash: `refusal-${user.id}`, tokenPrefix: "atlas_refusa" } });
  await page.goto("/account");
  await db.session.deleteMany({ where: { userId: user.id } });

  expect(await submit(page, page.getByRole("button", { name: "Revoke refusal token" }))).toBe(200);
  await expect(page).toHaveURL(/\/login\?next=(\/|%2F)account$/);
  expect((await db.apiToken.findFirstOrThrow({ where: { userId: user.id } })).revokedAt).toBeNull();
});
