import { writeFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { ACLED_HEADER, acledFile } from "./acled-file";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { recordToInput } from "@/lib/incidents/record/record-to-input";
import { auditedWrite } from "@/lib/incidents/audit/audited-write";
import { snapshotIncident } from "@/lib/incidents/audit/snapshot";

/** The import posted as a browser without JavaScript posts it: upload, preview, confirm or discard (issue #19). */
test.use({ javaScriptEnabled: false });

test("without JavaScript: upload, see the preview, confirm, and the incidents are there", async ({ page, db, signInAs }) => {
  await signInAs("analyst", "Nour NoScript");
  const tag = `nojs${Date.now().toString(36)}`;
  try {
    await page.goto("/import");
    await page.getByLabel("File to import").setInputFiles({ name: "acled.csv", mimeType: "text/csv", buffer: Buffer.from(acledFile(tag)) });
    await page.getByRole("button", { name: "Preview import" }).click();

    await expect(page.getByRole("heading", { name: "Preview of acled.csv" })).toBeVisible();
    const counts = page.getByRole("list", { name: "Import summary" });
    await expect(counts).toContainText("2 to create");
    await expect(counts).toContainText("0 to update");
    await expect(counts).toContainText("2 rejected");
    await expect(page.getByRole("table", { name: /Rejected rows/ }).getByRole("row", { name: /line 5 event_date: "someday" is not a date/ })).toBeVisible();
    expect(await db.incident.count({ where: { externalId: { startsWith: `E2E-${tag}` } } })).toBe(0);

    await page.getByRole("button", { name: "Import 2 incidents" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Import complete" })).toContainText("2 created, 0 updated. 2 rejected rows were not imported.");
    const imported = await db.incident.findMany({
      where: { externalId: { startsWith: `E2E-${tag}` } },
      select: { externalId: true, status: true },
      orderBy: { externalId: "asc" },
    });
    expect(imported).toEqual([
      { externalId: `E2E-${tag}-1`, status: "draft" },
      { externalId: `E2E-${tag}-3`, status: "draft" },
    ]);

    // The same page offers another file.
    await page.getByRole("button", { name: "Import another file" }).click();
    await expect(page.getByLabel("File to import")).toBeVisible();
  } finally {
    await db.incident.deleteMany({ where: { externalId: { startsWith: `E2E-${tag}` } } });
    await db.actor.deleteMany({ where: { name: `E2E Group ${tag}` } });
    await db.source.deleteMany({ where: { datasetRecord: { startsWith: `ACLED E2E-${tag}` } } });
  }
});

test("without JavaScript: a file that cannot be imported gets its message, and a discarded preview writes nothing", async ({ page, db, signInAs }) => {
  await signInAs("analyst");
  const before = await db.incident.count();
  await page.goto("/import");
  await page.getByLabel("File to import").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from("name,age\nAli,30\n") });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /The columns are not ACLED's or Atlas's: missing event_date, event_type, country/ })).toBeVisible();

  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Choose a file to import." })).toBeVisible();

  const tag = `nojs${Date.now().toString(36)}`;
  await page
    .getByLabel("File to import")
    .setInputFiles({ name: "acled.csv", mimeType: "text/csv", buffer: Buffer.from(`${ACLED_HEADER}\r\n${acledFile(tag).split("\r\n")[1]}`) });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("heading", { name: "Preview of acled.csv" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByLabel("File to import")).toBeVisible();
  expect(await db.incident.count()).toBe(before);
});

test("without JavaScript: of two stale rows, only the one ticked overwrites the newer edit", async ({
  page,
  signInAs,
  makeUser,
  makeIncident,
  db,
  request,
}) => {
  await signInAs("analyst", "Nour NoScript");
  const colleague = await makeUser("analyst", "Colleague Khan");
  const tag = Date.now().toString(36);
  const a = await makeIncident({ title: `E2E nojs stale ${tag} alpha`, killed: { total: 7, securityForces: 7 } });
  const b = await makeIncident({ title: `E2E nojs stale ${tag} bravo`, killed: { total: 2, securityForces: 2 } });
  const file = Buffer.from(await (await request.get("/api/export.csv", { params: { q: `E2E nojs stale ${tag}` } })).text());
  // A colleague then saves version 2 of both, as the form would.
  for (const id of [a, b]) {
    const edited = IncidentInputSchema.parse({ ...recordToInput((await snapshotIncident(db, id))!), killed: { total: 9, securityForces: 9 } });
    await auditedWrite(db, { userId: colleague.id, action: "update", incidentId: id, expectedVersion: 1 }, async (tx) =>
      (await replaceIncidentIn(tx, id, edited)) ? id : null,
    );
  }

  await page.goto("/import");
  await page.getByLabel("File to import").setInputFiles({ name: "stale.csv", mimeType: "text/csv", buffer: file });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByText("These 2 rows would undo edits made after the export.")).toBeVisible();
  const conflicts = page.getByRole("table", { name: "Conflicts: newer edits that the file would overwrite" });
  await conflicts.getByRole("checkbox", { name: `Overwrite incident ${a} with` }).check();
  await page.getByRole("button", { name: "Import 0 incidents and the ticked conflicts" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Import complete" })).toContainText(
    "0 created, 1 updated. 1 row saved since the export was left as it is.",
  );
  expect(await db.incident.findUniqueOrThrow({ where: { id: a }, select: { version: true, killedTotal: true } })).toEqual({ version: 3, killedTotal: 7 });
  expect(await db.incident.findUniqueOrThrow({ where: { id: b }, select: { version: true, killedTotal: true } })).toEqual({ version: 2, killedTotal: 9 });
});

test("without JavaScript: a file over 50 MB gets a page that says so instead of an error, and the way back", async ({ page, db, signInAs }) => {
  await signInAs("analyst");
  const before = await db.incident.count();
  // Playwright takes files over 50 MB by path only.
  const huge = test.info().outputPath("huge.csv");
  writeFileSync(huge, `${ACLED_HEADER}\r\n${"x".repeat(51 * 1024 * 1024)}`);
  await page.goto("/import");
  await page.getByLabel("File to import").setInputFiles(huge);
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "This form was too large to send" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("split it into parts of less than 50 MB");
  await page.screenshot({ path: test.info().outputPath("import-too-large-no-js.png"), fullPage: true });
  await page.getByRole("link", { name: "Go back to the form" }).click();
  await expect(page.getByLabel("File to import")).toBeVisible();
  expect(await db.incident.count()).toBe(before);
});
