import { expect, test } from "./fixtures";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { recordToInput } from "@/lib/incidents/record/record-to-input";
import { auditedWrite } from "@/lib/incidents/audit/audited-write";
import { snapshotIncident } from "@/lib/incidents/audit/snapshot";
import { recordAudit } from "@/lib/incidents/audit/record-audit";

test("re-importing a stale export: the conflict is shown, kept by default, and overwritten only when chosen", async ({
  page,
  signInAs,
  makeUser,
  makeIncident,
  db,
  request,
}) => {
  await signInAs("analyst", "Imran Importer");
  const colleague = await makeUser("analyst", "Colleague Khan");
  const tag = Date.now().toString(36);
  const a = await makeIncident({ title: `E2E stale ${tag} alpha`, killed: { total: 7, securityForces: 7 } });
  const b = await makeIncident({ title: `E2E stale ${tag} bravo` });
  // Version 1 as History records it when the form creates an incident.
  await db.$transaction(async (tx) => recordAudit(tx, { incidentId: a, userId: null, action: "create", before: null, after: await snapshotIncident(tx, a) }));

  // The analyst exports both at version 1.
  const exported = await request.get("/api/export.csv", { params: { q: `E2E stale ${tag}` } });
  const file = Buffer.from(await exported.text());
  expect(file.toString()).toContain(`E2E stale ${tag} alpha`);

  // A colleague then saves version 2 of the first, as the form would.
  const edited = IncidentInputSchema.parse({ ...recordToInput((await snapshotIncident(db, a))!), killed: { total: 9, securityForces: 9 } });
  await auditedWrite(db, { userId: colleague.id, action: "update", incidentId: a, expectedVersion: 1 }, async (tx) =>
    (await replaceIncidentIn(tx, a, edited)) ? a : null,
  );

  const upload = async () => {
    await page.goto("/import");
    await page.getByLabel("File to import").setInputFiles({ name: "stale.csv", mimeType: "text/csv", buffer: file });
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByRole("heading", { name: "Preview of stale.csv" })).toBeVisible();
  };
  const conflicts = page.getByRole("table", { name: "Conflicts: newer edits that the file would overwrite" });

  await upload();
  await expect(page.getByRole("heading", { name: "Saved since this file was exported" })).toBeVisible();
  const row = conflicts.getByRole("row", { name: new RegExp(`#${a} E2E stale ${tag} alpha`) });
  await expect(row).toContainText("Exported at version 1, now version 2");
  await expect(row).toContainText("killed (total): 7 -> 9");
  await expect(row).toContainText("by Colleague Khan");
  await expect(row.getByRole("checkbox", { name: `Overwrite incident ${a} with line 2` })).not.toBeChecked();

  // Confirmed without overwriting: the colleague's edit stays; the other row is updated.
  await page.getByRole("button", { name: "Import 1 incident" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import complete" })).toContainText(
    "0 created, 1 updated. 1 row saved since the export was left as it is.",
  );
  expect(await db.incident.findUniqueOrThrow({ where: { id: a }, select: { version: true, killedTotal: true } })).toEqual({ version: 2, killedTotal: 9 });
  expect(await db.incident.findUniqueOrThrow({ where: { id: b }, select: { version: true } })).toEqual({ version: 2 });

  // Again, now choosing to overwrite the first: both rows are conflicts (the second was just imported).
  await upload();
  await expect(page.getByText("These 2 rows would undo edits made after the export.")).toBeVisible();
  await conflicts.getByRole("checkbox", { name: `Overwrite incident ${a} with line 2` }).check();
  await page.getByRole("button", { name: "Import 1 incident" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import complete" })).toContainText(
    "0 created, 1 updated. 1 row saved since the export was left as it is.",
  );
  expect(await db.incident.findUniqueOrThrow({ where: { id: a }, select: { version: true, killedTotal: true } })).toEqual({ version: 3, killedTotal: 7 });

  await page.goto(`/incidents/${a}/history`);
  const overwrite = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Edited · version 3/ }) });
  await expect(overwrite).toContainText("Imran Importer");
  await expect(overwrite).toContainText("killed (total): 9 -> 7");
});
