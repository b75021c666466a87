import { expect, test } from "./fixtures";
import { addLink } from "@/lib/incidents/links/link-writes";

/** An Atlas export's links come back with the import (decision 023): counted in the preview, restored on confirm. */
test("re-importing an export restores a link removed since, and says so before and after", async ({ page, signInAs, makeIncident, db, request }) => {
  await signInAs("analyst", "Lena Relinker");
  const tag = Date.now().toString(36);
  const attack = `E2E import links ${tag} attack`;
  const strike = `E2E import links ${tag} strike`;
  const attackId = await makeIncident({ title: attack, eventDate: "2019-08-01" });
  const strikeId = await makeIncident({ title: strike, eventDate: "2019-08-03" });
  await addLink(db, { incidentId: strikeId, otherId: attackId, relation: "response_to", direction: "outgoing", note: null }, null);

  const exported = await request.get("/api/export.csv", { params: { q: `E2E import links ${tag}` } });
  const file = Buffer.from(await exported.text());
  await db.incidentLink.deleteMany({ where: { fromId: strikeId, toId: attackId } });

  await page.goto("/import");
  await page.getByLabel("File to import").setInputFiles({ name: "links.csv", mimeType: "text/csv", buffer: file });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("heading", { name: "Preview of links.csv" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Links between incidents" })).toHaveText("1 link between incidents to restore.");

  await page.getByRole("button", { name: "Import 2 incidents" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Import complete" })).toContainText("0 created, 2 updated. 1 link between incidents restored.");
  expect(await db.incidentLink.count({ where: { fromId: strikeId, toId: attackId, relation: "response_to" } })).toBe(1);

  await page.goto(`/incidents/${attackId}/history`);
  // The import's event, beside the one addLink wrote above.
  const restored = page.getByRole("listitem").filter({ hasText: "Linked to another incident" }).filter({ hasText: "Lena Relinker" });
  await expect(restored).toContainText(`linked: responded to by #${strikeId} ${strike}`);
});
