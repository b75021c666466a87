import { expect, test } from "./fixtures";
import type { Db } from "@/lib/create-db";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { auditedWrite } from "@/lib/incidents/audit/audited-write";
import { recordAudit } from "@/lib/incidents/audit/record-audit";
import { snapshotIncident } from "@/lib/incidents/audit/snapshot";
import { buildIncident } from "@/prisma/factories";

/** Until the forms record their changes (phase 2), write a created-then-edited history directly. */
async function recordCreateThenEdit(db: Db, id: number, userId: string) {
  await db.$transaction(async (tx) => recordAudit(tx, { incidentId: id, userId, action: "create", before: null, after: await snapshotIncident(tx, id) }));
  const current = await db.incident.findUniqueOrThrow({ where: { id }, select: { title: true, sources: { select: { source: { select: { url: true } } } } } });
  const n = Number(current.sources[0]!.source.url!.split("-").pop());
  const edited = IncidentInputSchema.parse(buildIncident({ title: current.title, killed: { total: 7, securityForces: 7 } }, n));
  await auditedWrite(db, { userId, action: "update", incidentId: id, expectedVersion: 1 }, async (tx) =>
    (await replaceIncidentIn(tx, id, edited)) ? id : null,
  );
}

test("an analyst sees an edit in the History and restores the old version", async ({ page, signInAs, makeIncident, db }) => {
  const analyst = await signInAs("analyst", "Sana Analyst");
  // A draft: restoring a published record's version waits for review (decision 024; pending-edit-step.test.ts).
  const id = await makeIncident({ killed: { total: 7, securityForces: 5 }, status: "draft" });
  await recordCreateThenEdit(db, id, analyst.id);

  await page.goto(`/incidents/${id}/history`);
  const edit = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Edited/ }) });
  await expect(edit).toContainText("killed (security forces): 5 -> 7");
  await expect(edit).toContainText("Sana Analyst");
  await expect(edit.getByRole("button", { name: /Restore/ })).toHaveCount(0);

  const created = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Created/ }) });
  await created.getByRole("button", { name: "Restore version 1" }).click();
  await expect(created.getByRole("status")).toHaveText("Version 1 restored as version 3.");

  await page.reload();
  const restored = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Restored version 1/ }) });
  await expect(restored).toContainText("killed (security forces): 7 -> 5");
  expect((await db.incident.findUniqueOrThrow({ where: { id } })).killedSecurity).toBe(5);
});

test("a viewer sees the History without restore buttons", async ({ page, signInAs, makeIncident, db }) => {
  const viewer = await signInAs("viewer");
  const id = await makeIncident({ killed: { total: 7, securityForces: 5 } });
  await recordCreateThenEdit(db, id, viewer.id);
  await page.goto(`/incidents/${id}/history`);
  await expect(page.getByText("killed (security forces): 5 -> 7")).toBeVisible();
  await expect(page.getByRole("button", { name: /Restore/ })).toHaveCount(0);
});

test("signed-out readers and viewers see what changed and when, but not who among the staff changed it", async ({
  page,
  browser,
  signInAs,
  makeIncident,
  db,
}) => {
  const analyst = await signInAs("analyst", "Sana Named Analyst");
  const id = await makeIncident({ killed: { total: 7, securityForces: 5 } });
  await recordCreateThenEdit(db, id, analyst.id);
  await page.goto(`/incidents/${id}`);
  await expect(page.getByText(/^Created by Sana Named Analyst on .*, last edited by Sana Named Analyst on/)).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/incidents/${id}`);
  await expect(reader.getByText(/^Created by Atlas staff on .*, last edited by Atlas staff on/)).toBeVisible();
  await reader.goto(`/incidents/${id}/history`);
  const edit = reader.getByRole("listitem").filter({ has: reader.getByRole("heading", { name: /^Edited/ }) });
  await expect(edit).toContainText("killed (security forces): 5 -> 7");
  await expect(edit).toContainText("Atlas staff");
  await expect(reader.locator("body")).not.toContainText("Sana Named Analyst");
  await reader.context().close();

  await signInAs("viewer");
  await page.goto(`/incidents/${id}/history`);
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Edited/ }) })).toContainText("Atlas staff");
  await expect(page.locator("body")).not.toContainText("Sana Named Analyst");
});
