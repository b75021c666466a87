import { expect, test } from "./fixtures";
import type { Db } from "@/lib/create-db";
import { recordAudit } from "@/lib/incidents/audit/record-audit";
import { snapshotIncident } from "@/lib/incidents/audit/snapshot";

/** A History entry "Created" by this user, written as the form's save writes it. */
async function recordCreation(db: Db, incidentId: number, userId: string) {
  await db.$transaction(async (tx) => recordAudit(tx, { incidentId, userId, action: "create", before: null, after: await snapshotIncident(tx, incidentId) }));
}

test("a user cannot rename themselves through better-auth, so History keeps naming them truly", async ({ page, signInAs, makeIncident, db, baseURL }) => {
  const analyst = await signInAs("analyst", "Nadia Analyst");
  const id = await makeIncident();
  await recordCreation(db, id, analyst.id);

  const response = await page.request.post("/api/auth/update-user", { data: { name: "Admin" }, headers: { origin: baseURL! } });
  expect(response.status()).toBe(403);
  expect((await response.json()).message).toBe("Names are set by an administrator on the Users page.");
  expect((await db.user.findUniqueOrThrow({ where: { id: analyst.id } })).name).toBe("Nadia Analyst");

  await page.goto(`/incidents/${id}/history`);
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Created/ }) })).toContainText("Nadia Analyst ·");
});

test("an admin renames a user: recorded on the Users page, and past History entries keep the old name", async ({
  page,
  signInAs,
  makeUser,
  makeIncident,
  db,
}) => {
  await signInAs("admin", "Amina Admin");
  const analyst = await makeUser("analyst", "Farah Analyst");
  const id = await makeIncident();
  await recordCreation(db, id, analyst.id);

  await page.goto("/admin/users");
  const row = page.getByRole("row", { name: /Farah Analyst/ });
  await row.getByText("Rename Farah Analyst").click();
  await row.getByLabel("New name").fill(" ");
  await row.getByRole("button", { name: "Save name" }).click();
  await expect(row.getByText("Enter a name")).toBeVisible();
  await expect(row.getByLabel("New name")).toHaveAttribute("aria-invalid", "true");

  await row.getByLabel("New name").fill("Farah Siddiqui");
  await row.getByRole("button", { name: "Save name" }).click();
  const renamed = page.getByRole("row", { name: /Farah Siddiqui/ });
  await expect(renamed.getByRole("status")).toHaveText("Renamed Farah Analyst to Farah Siddiqui.");
  await expect(renamed.getByRole("rowheader")).toContainText("formerly Farah Analyst, renamed by Amina Admin");
  expect(await db.accountEvent.count({ where: { userId: analyst.id, action: "rename", before: "Farah Analyst", after: "Farah Siddiqui" } })).toBe(1);

  await page.goto(`/incidents/${id}/history`);
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Created/ }) })).toContainText(
    "Farah Analyst (now Farah Siddiqui) ·",
  );
});

test("an admin lets a user held by failed sign-ins sign in again at once", async ({ page, signInAs, makeUser, request, browser, baseURL }) => {
  await signInAs("admin");
  const viewer = await makeUser("viewer", "Kamran Viewer");
  for (let i = 0; i < 5; i++) {
    const response = await request.post("/api/auth/sign-in/email", { data: { email: viewer.email, password: `guess ${i}` }, headers: { origin: baseURL! } });
    expect(response.status()).toBe(401);
  }

  await page.goto("/admin/users");
  const row = page.getByRole("row", { name: /Kamran Viewer/ });
  await expect(row).toContainText(/Sign-in paused until \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC after failed attempts/);
  await row.getByRole("button", { name: "Allow Kamran Viewer to sign in again" }).click();
  await expect(row.getByRole("status")).toHaveText("Kamran Viewer can sign in again.");
  await expect(row).not.toContainText("Sign-in paused");

  const context = await browser.newContext({ baseURL });
  try {
    const own = await context.newPage();
    await own.goto("/login");
    await own.getByLabel("E-mail").fill(viewer.email);
    await own.getByLabel("Password").fill(viewer.password);
    await own.getByRole("button", { name: "Sign in" }).click();
    await expect(own.getByRole("link", { name: "Your account: Kamran Viewer viewer" })).toBeVisible();
  } finally {
    await context.close();
  }
});
