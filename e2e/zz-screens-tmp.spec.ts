import { test } from "./fixtures";

test("screens", async ({ page, db, signInAs, makeIncident }) => {
  test.setTimeout(120_000);
  const author = await signInAs("analyst", "Amina Author");
  const id = await makeIncident({ title: "Screens: blast at Wana bazaar", eventDate: "2018-08-08", status: "draft" });
  const id2 = await makeIncident({ title: "Screens: second record in review", eventDate: "2018-08-09", status: "draft" });
  for (const i of [id, id2]) {
    await db.incident.update({ where: { id: i }, data: { status: "in_review", version: 2 } });
    await db.auditEvent.create({ data: { incidentId: i, userId: author.id, userName: author.name, action: "submit", fromVersion: 1, toVersion: 2 } });
  }
  await page.context().clearCookies();
  await signInAs("admin", "Bilal Reviewer");
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of [
      ["review", "/review"],
      ["incident", `/incidents/${id}`],
      ["settings", "/admin/settings"],
      ["list-drafts", "/incidents?status=in_review"],
      ["form", "/incidents/new"],
    ] as const) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: `/tmp/h15r-shots/${name}-${width}.png`, fullPage: name !== "form" });
    }
  }
});
