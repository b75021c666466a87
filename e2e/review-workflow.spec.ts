import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * The review workflow (decision 017) as two analysts and the public meet it: a draft is submitted,
 * sent back with a comment on a field, submitted again and published by the other analyst. Until
 * then the public finds it nowhere; afterwards it is public, and History names "Atlas staff".
 */
// Two analysts, a visitor and a dozen page loads: longer than one page's test on a loaded machine.
test.describe.configure({ timeout: 90_000 });

async function publicPage(browser: Browser, baseURL: string): Promise<Page> {
  return (await browser.newContext({ baseURL })).newPage();
}

test("submit, send back with a comment, resubmit, publish: the public sees the record only at the end", async ({
  page,
  browser,
  baseURL,
  request,
  signInAs,
  makeIncident,
}) => {
  const title = `E2E review: blast at Wana bazaar ${Date.now().toString(36)}`;
  const id = await makeIncident({ title, eventDate: "2018-08-08", status: "draft" });
  const visitor = await publicPage(browser, baseURL!);

  // Before: not on the list, not by id, not in the API, whatever the visitor asks for.
  expect((await visitor.goto(`/incidents/${id}`))?.status()).toBe(404);
  await visitor.goto(`/incidents?status=draft&q=${encodeURIComponent(title)}`);
  await expect(visitor.getByText("0 incidents match the filter")).toBeVisible();
  expect((await request.get(`/api/incidents/${id}`)).status()).toBe(404);

  // The author submits it.
  await signInAs("analyst", "Amina Author");
  await page.goto(`/incidents/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toContainText("Draft");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toContainText("In review");
  await expect(page.getByText("You submitted it: another analyst or an admin reviews it.")).toBeVisible();

  // A second analyst finds it in the queue, reads the changes, and sends it back with a comment on the title.
  await page.context().clearCookies();
  await signInAs("analyst", "Bilal Reviewer");
  await page.goto("/review");
  await page.getByRole("link", { name: title }).click();
  const review = page.getByRole("region", { name: "Review" });
  await expect(review.getByText(/Never published: the whole record is new/)).toBeVisible();
  await expect(review.getByText("Submitted for review by Amina Author")).toBeVisible();
  const sendBack = page.getByRole("form", { name: "Send back with comments" });
  await sendBack.getByLabel("Comment 1 is about").selectOption({ label: "Title" });
  await sendBack.getByLabel("Comment 1", { exact: true }).fill("Name the district in the title.");
  await sendBack.getByRole("button", { name: "Send back with comments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toContainText("Draft");

  // The author reads the comment and submits again.
  await page.context().clearCookies();
  await signInAs("analyst", "Amina Author");
  await page.goto(`/incidents/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toContainText("Draft");
  await expect(page.getByRole("region", { name: "Review" })).toContainText("Sent back by Bilal Reviewer");
  await expect(page.getByRole("region", { name: "Review" }).getByRole("definition")).toHaveText("Name the district in the title.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toContainText("In review");

  // Still nowhere for the public.
  expect((await visitor.goto(`/incidents/${id}`))?.status()).toBe(404);

  // The reviewer publishes it.
  await page.context().clearCookies();
  await signInAs("analyst", "Bilal Reviewer");
  await page.goto(`/incidents/${id}`);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("region", { name: "Review" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: title })).not.toContainText("In review");

  // After: public, in the list and the API; History tells each step but names nobody and shows no comments.
  await visitor.goto(`/incidents?q=${encodeURIComponent(title)}`);
  await expect(visitor.getByRole("link", { name: title, exact: true })).toBeVisible();
  expect((await request.get(`/api/incidents/${id}`)).status()).toBe(200);
  await visitor.goto(`/incidents/${id}/history`);
  for (const step of ["Published", "Submitted for review", "Sent back"]) {
    await expect(visitor.getByRole("heading", { level: 2, name: new RegExp(`^${step}`) }).first()).toBeVisible();
  }
  await expect(visitor.getByText("Bilal Reviewer")).toHaveCount(0);
  await expect(visitor.getByText("Amina Author")).toHaveCount(0);
  await expect(visitor.getByText("Name the district in the title.")).toHaveCount(0);
  // Staff read the names and the comment in the same History.
  await page.goto(`/incidents/${id}/history`);
  await expect(page.getByText("Name the district in the title.")).toBeVisible();
  await visitor.context().close();
});

test("bulk publish from the queue publishes what passes and reports what does not", async ({ page, db, signInAs, makeIncident }) => {
  const tag = Date.now().toString(36);
  const author = await signInAs("analyst", "Amina Author");
  const ready = await makeIncident({ title: `E2E bulk ready ${tag}`, eventDate: "2018-09-09", status: "draft" });
  const sourceless = await makeIncident({ title: `E2E bulk no source ${tag}`, eventDate: "2018-09-10", status: "draft", sources: [] });
  for (const id of [ready, sourceless]) {
    await db.incident.update({ where: { id }, data: { status: "in_review", version: 2 } });
    await db.auditEvent.create({ data: { incidentId: id, userId: author.id, userName: author.name, action: "submit", fromVersion: 1, toVersion: 2 } });
  }
  await page.context().clearCookies();
  await signInAs("admin", "Adil Admin");
  await page.goto("/review");
  for (const title of [`E2E bulk ready ${tag}`, `E2E bulk no source ${tag}`]) {
    const box = page.getByRole("checkbox", { name: `Publish ${title}` });
    await box.check();
    await expect(box).toBeChecked();
  }
  await page.getByRole("button", { name: "Publish selected" }).click();
  const report = page.getByRole("status").filter({ hasText: /of \d+ published/ });
  await expect(report).toContainText("1 of 2 published.");
  // Each ticked record is named, the published one too, though it has left the queue.
  await expect(report.getByRole("listitem").filter({ hasText: `E2E bulk ready ${tag}` })).toContainText("Published");
  await expect(report.getByRole("listitem").filter({ hasText: `E2E bulk no source ${tag}` })).toContainText("Not ready to publish");
  expect(await db.incident.findMany({ where: { id: { in: [ready, sourceless] } }, select: { status: true }, orderBy: { id: "asc" } })).toEqual([
    { status: "published" },
    { status: "in_review" },
  ]);
});

test("an edit of a published record waits for review: the public reads the published record until a second analyst publishes the edit", async ({
  page,
  browser,
  baseURL,
  signInAs,
  makeIncident,
}) => {
  const title = `E2E published edit ${Date.now().toString(36)}`;
  const revised = `${title} revised`;
  const id = await makeIncident({ title, eventDate: "2018-10-10" });
  const visitor = await publicPage(browser, baseURL!);

  await signInAs("analyst", "Amina Author");
  await page.goto(`/incidents/${id}/edit`);
  await expect(page.getByText(/This record is published: your edit will wait for review/)).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(revised);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/Your edit was kept for review/)).toBeVisible();
  const review = page.getByRole("region", { name: "Review" });
  await expect(review).toContainText("Changes the edit makes to published version 1");
  await expect(review.getByRole("listitem").filter({ hasText: revised })).toHaveCount(1);
  await expect(review.getByText("You submitted it: another analyst or an admin reviews it.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("revised");
  // Editing again goes on from the waiting edit.
  await page.goto(`/incidents/${id}/edit`);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(revised);

  await visitor.goto(`/incidents/${id}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(visitor.getByRole("heading", { level: 1 })).not.toContainText("revised");
  await expect(visitor.getByRole("region", { name: "Review" })).toHaveCount(0);

  await page.context().clearCookies();
  await signInAs("analyst", "Bilal Reviewer");
  await page.goto("/review");
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("Edit of a published record");
  await row.getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("region", { name: "Review" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(revised);

  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(revised);
  await page.goto(`/incidents/${id}/history`);
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Edited/ }) })).toContainText("Amina Author");
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Published/ }) })).toContainText("Bilal Reviewer");
  await expect(page.getByRole("heading", { name: /^Edit proposed for review/ })).toBeVisible();
  await visitor.context().close();
});
