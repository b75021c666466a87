import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signInContext } from "./auth-session";
import type { Db } from "@/lib/create-db";

const PREFIX = "E2E concurrent edit";

async function analystPage(browser: Browser, db: Db, baseURL: string, userId: string): Promise<Page> {
  const context = await browser.newContext();
  await signInContext(db, context, baseURL, userId);
  return context.newPage();
}

test("two analysts edit the same incident: the second sees both values side by side, merges and saves", async ({
  browser,
  db,
  makeUser,
  makeIncident,
  baseURL,
}) => {
  const id = await makeIncident({ title: `${PREFIX}: original`, eventDate: "2018-08-08", killed: { total: 2 }, status: "draft" });
  const [amina, bilal] = [await makeUser("analyst", "Amina Analyst"), await makeUser("analyst", "Bilal Analyst")];
  const first = await analystPage(browser, db, baseURL!, amina.id);
  const second = await analystPage(browser, db, baseURL!, bilal.id);
  try {
    await first.goto(`/incidents/${id}/edit`);
    await second.goto(`/incidents/${id}/edit`);

    await first.getByLabel("Title").fill(`${PREFIX}: Amina's title`);
    await first.getByRole("button", { name: "Save changes" }).click();
    await expect(first.getByRole("heading", { level: 1, name: `${PREFIX}: Amina's title` })).toBeVisible();

    await second.getByLabel("Title").fill(`${PREFIX}: Bilal's title`);
    await second.getByRole("group", { name: "Killed" }).getByLabel("Total").fill("9");
    await second.getByRole("button", { name: "Save changes" }).click();

    const conflictView = second.getByRole("region", { name: "Someone else saved this incident while you were editing" });
    await expect(conflictView.getByRole("alert")).toContainText("Amina Analyst saved version 2");
    const conflicts = second.getByRole("table", { name: "Fields that differ between their version and yours" });
    const titleRow = conflicts.getByRole("row", { name: /^title/ });
    await expect(titleRow).toContainText(`${PREFIX}: Amina's title`);
    await expect(titleRow).toContainText(`${PREFIX}: Bilal's title`);
    await expect(conflicts.getByRole("row", { name: /killed \(total\)/ })).toContainText("9");
    // What Bilal typed is still in the form below.
    await expect(second.getByLabel("Title")).toHaveValue(`${PREFIX}: Bilal's title`);
    expect(await db.incident.findUnique({ where: { id }, select: { version: true, title: true } })).toEqual({ version: 2, title: `${PREFIX}: Amina's title` });

    await second.getByRole("group", { name: "Keep which title?" }).getByLabel("Theirs").check();
    await second.getByRole("button", { name: "Save the merged version" }).click();
    await expect(second.getByRole("heading", { level: 1, name: `${PREFIX}: Amina's title` })).toBeVisible();
    await expect(second.getByText(/last edited by Bilal Analyst/)).toBeVisible();
    const saved = await db.incident.findUnique({ where: { id }, select: { version: true, title: true, killedTotal: true } });
    expect(saved).toEqual({ version: 3, title: `${PREFIX}: Amina's title`, killedTotal: 9 });
  } finally {
    await first.context().close();
    await second.context().close();
  }
});
