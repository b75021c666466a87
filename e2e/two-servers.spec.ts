import type { Browser, Page } from "@playwright/test";
import type { Db } from "@/lib/create-db";
import { expect, test } from "./fixtures";
import { signInContext } from "./auth-session";
import { acledFile } from "./acled-file";

/**
 * Two app servers on one database (issue #18; decision 029, amendment on several app servers): the
 * suite's main server ("A") and a plain second one from the same build ("B", E2E_SECOND_PORT in
 * playwright.config.ts). Session cookies are for 127.0.0.1 whatever the port, so one sign-in holds on both.
 */
const serverB = `http://127.0.0.1:${process.env.E2E_SECOND_PORT}`;
const PREFIX = "E2E two servers";

async function signedInPage(browser: Browser, db: Db, baseURL: string, userId: string): Promise<Page> {
  const context = await browser.newContext();
  await signInContext(db, context, baseURL, userId);
  return context.newPage();
}

test("an import previewed on one server is confirmed on the other, and its incidents are seen from the first", async ({ page, db, signInAs, baseURL }) => {
  const user = await signInAs("analyst", "Imran Importer");
  const tag = Date.now().toString(36);
  // The page is on A; its confirm goes to B, as a load balancer might send it. B sees the request as
  // its own page's (Origin B), which is what it would be behind one address.
  const confirmedBy: string[] = [];
  await page.route(/\/api\/imports\/[0-9a-f-]{36}$/, async (route) => {
    const onB = new URL(route.request().url().replace(baseURL!, serverB));
    const response = await route.fetch({ url: onB.href, headers: { ...route.request().headers(), origin: serverB } });
    confirmedBy.push(new URL(response.url()).origin);
    await route.fulfill({ response });
  });
  try {
    await page.goto("/import");
    await page.getByLabel("File to import").setInputFiles({ name: "acled.csv", mimeType: "text/csv", buffer: Buffer.from(acledFile(tag)) });
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByRole("heading", { name: "Preview of acled.csv" })).toBeVisible();
    // The preview waits in the database, where B can find it, not on A.
    expect(await db.importUpload.count({ where: { ownerId: user.id } })).toBe(1);

    await page.getByRole("button", { name: "Import 2 incidents" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Import complete" })).toContainText("2 created, 0 updated. 2 rejected rows were not imported.");
    expect(confirmedBy).toEqual([serverB]);
    expect(await db.importUpload.count({ where: { ownerId: user.id } })).toBe(0);

    await page.goto(`/incidents?status=draft&q=${encodeURIComponent(`Testabad ${tag}`)}`);
    await expect(page.getByRole("link", { name: `Armed clash in Testabad ${tag}, North Waziristan` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Armed clash in Second Testabad ${tag}, North Waziristan` })).toBeVisible();
  } finally {
    await db.incident.deleteMany({ where: { externalId: { startsWith: `E2E-${tag}` } } });
    await db.actor.deleteMany({ where: { name: `E2E Group ${tag}` } });
    await db.source.deleteMany({ where: { datasetRecord: { startsWith: `ACLED E2E-${tag}` } } });
    await db.importUpload.deleteMany({ where: { ownerId: user.id } });
  }
});

test("an edit saved on one server while the form is open on the other: the conflict shows both versions", async ({
  browser,
  db,
  makeUser,
  makeIncident,
  baseURL,
}) => {
  const id = await makeIncident({ title: `${PREFIX}: original`, eventDate: "2018-08-08", killed: { total: 2 }, status: "draft" });
  const [amina, bilal] = [await makeUser("analyst", "Amina Analyst"), await makeUser("analyst", "Bilal Analyst")];
  const onA = await signedInPage(browser, db, baseURL!, amina.id);
  const onB = await signedInPage(browser, db, serverB, bilal.id);
  try {
    await onA.goto(`/incidents/${id}/edit`);
    await onB.goto(`${serverB}/incidents/${id}/edit`);

    await onB.getByLabel("Title").fill(`${PREFIX}: Bilal's title`);
    await onB.getByRole("button", { name: "Save changes" }).click();
    await expect(onB.getByRole("heading", { level: 1, name: `${PREFIX}: Bilal's title` })).toBeVisible();
    expect(new URL(onB.url()).origin).toBe(serverB);

    await onA.getByLabel("Title").fill(`${PREFIX}: Amina's title`);
    await onA.getByRole("button", { name: "Save changes" }).click();
    const conflictView = onA.getByRole("region", { name: "Someone else saved this incident while you were editing" });
    await expect(conflictView.getByRole("alert")).toContainText("Bilal Analyst saved version 2");
    const titleRow = onA.getByRole("table", { name: "Fields that differ between their version and yours" }).getByRole("row", { name: /^title/ });
    await expect(titleRow).toContainText(`${PREFIX}: Bilal's title`);
    await expect(titleRow).toContainText(`${PREFIX}: Amina's title`);
    expect(await db.incident.findUnique({ where: { id }, select: { version: true, title: true } })).toEqual({ version: 2, title: `${PREFIX}: Bilal's title` });
  } finally {
    await onA.context().close();
    await onB.context().close();
  }
});
