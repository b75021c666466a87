import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addLink } from "@/lib/incidents/links/link-writes";
import { buildSource } from "@/prisma/factories";

/** Linked incidents (issue #16, part 3; decision 021): made and removed on the incident page, shown on both, audited on both. */

const linksSection = (page: Page) => page.getByRole("region", { name: "Linked incidents" });

async function linkFrom(page: Page, choice: string, other: string, note = "") {
  const section = linksSection(page);
  await section.getByLabel("How they relate").selectOption({ label: choice });
  await section.getByLabel("Other incident", { exact: true }).fill(other);
  if (note) await section.getByLabel("Note (optional)").fill(note);
  await section.getByRole("button", { name: "Link incidents" }).click();
}

test("an analyst links two incidents, sees the link on both pages, in both Histories and the API, and removes it", async ({ page, makeIncident, signInAs }) => {
  await signInAs("analyst", "Lina Linker");
  const attack = "E2E links: suicide attack on a security post";
  const strike = "E2E links: air strike two days later";
  const attackId = await makeIncident({ title: attack, eventDate: "2019-07-01" });
  const strikeId = await makeIncident({ title: strike, eventDate: "2019-07-03" });

  await page.goto(`/incidents/${attackId}`);
  await expect(linksSection(page).getByText("No linked incidents yet.")).toBeVisible();
  await linkFrom(page, "This incident was responded to by…", `#${strikeId}`, "Struck back after the attack");
  await expect(linksSection(page).getByRole("status")).toContainText(`Linked to incident #${strikeId}.`);
  const onAttack = linksSection(page).getByRole("listitem").filter({ hasText: "Responses to it" });
  await expect(onAttack.getByRole("link", { name: strike })).toHaveAttribute("href", `/incidents/${strikeId}`);
  await expect(onAttack).toContainText("Struck back after the attack");

  await onAttack.getByRole("link", { name: strike }).click();
  await expect(page.getByRole("heading", { level: 1, name: strike })).toBeVisible();
  const onStrike = linksSection(page).getByRole("listitem").filter({ hasText: "Response to" });
  await expect(onStrike.getByRole("link", { name: attack })).toBeVisible();

  const api = await (await page.request.get(`/api/incidents/${strikeId}`)).json();
  expect(api.links).toEqual([{ relation: "response_to", direction: "outgoing", incidentId: attackId, title: attack, eventDate: "2019-07-01" }]);

  await page.goto(`/incidents/${attackId}/history`);
  await expect(page.getByRole("listitem").filter({ hasText: "Linked to another incident" })).toContainText(
    `linked: responded to by #${strikeId} ${strike} (note: Struck back after the attack)`,
  );
  await page.goto(`/incidents/${strikeId}/history`);
  await expect(page.getByText(`linked: response to #${attackId} ${attack}`)).toBeVisible();

  await page.goto(`/incidents/${strikeId}`);
  await linksSection(page).getByText(`Remove link to #${attackId}`).click();
  await linksSection(page).getByRole("button", { name: "Yes, remove this link" }).click();
  await expect(linksSection(page).getByText("No linked incidents yet.")).toBeVisible();
  await expect(linksSection(page).getByRole("link", { name: attack })).toHaveCount(0);
  await page.goto(`/incidents/${attackId}/history`);
  await expect(page.getByRole("listitem").filter({ hasText: "Link removed" })).toContainText(`unlinked: responded to by #${strikeId} ${strike}`);
  expect((await (await page.request.get(`/api/incidents/${attackId}`)).json()).links).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a self-link or an unknown number gets a message by the field and writes nothing; a good link is made", async ({ page, makeIncident, signInAs, db }) => {
    await signInAs("analyst");
    const id = await makeIncident({ title: "E2E links: record linked without scripts", eventDate: "2019-07-05" });
    const otherTitle = "E2E links: its other site";
    const other = await makeIncident({ title: otherTitle, eventDate: "2019-07-05" });
    const events = await db.auditEvent.count({ where: { incidentId: { in: [id, other] } } });
    await page.goto(`/incidents/${id}`);

    await linkFrom(page, "This incident is part of…", `#${id}`);
    await expect(linksSection(page).getByLabel("Other incident", { exact: true })).toHaveAccessibleDescription(/cannot be linked to itself/);
    await expect(linksSection(page).getByLabel("How they relate")).toHaveValue("part_of");

    const unknown = other + 1_000_000;
    await linksSection(page).getByLabel("Other incident", { exact: true }).fill(String(unknown));
    await linksSection(page).getByRole("button", { name: "Link incidents" }).click();
    await expect(linksSection(page).getByLabel("Other incident", { exact: true })).toHaveAccessibleDescription(
      new RegExp(`There is no incident #${unknown} in the atlas`),
    );

    expect(await db.incidentLink.count({ where: { OR: [{ fromId: id }, { toId: id }] } })).toBe(0);
    expect(await db.auditEvent.count({ where: { incidentId: { in: [id, other] } } })).toBe(events);

    await linksSection(page).getByLabel("Other incident", { exact: true }).fill(`#${other}`);
    await linksSection(page).getByRole("button", { name: "Link incidents" }).click();
    await expect(linksSection(page).getByRole("listitem").filter({ hasText: "Part of" }).getByRole("link", { name: otherTitle })).toBeVisible();
    expect(await db.incidentLink.count({ where: { fromId: id, toId: other, relation: "part_of" } })).toBe(1);
  });
});

test("a visitor sees no link to a draft, on the page, in History or in the API; an analyst does", async ({ page, makeIncident, signInAs, db }) => {
  const publishedTitle = "E2E links: published record";
  const draftTitle = "E2E links: draft linked to it";
  const published = await makeIncident({ title: publishedTitle, eventDate: "2019-07-07" });
  const draft = await makeIncident({ title: draftTitle, eventDate: "2019-07-08", status: "draft" });
  expect(await addLink(db, { incidentId: draft, otherId: published, relation: "same_event", direction: "mutual", note: null }, null)).toEqual({
    status: "saved",
  });

  await page.goto(`/incidents/${published}`);
  await expect(page.getByRole("heading", { level: 1, name: publishedTitle })).toBeVisible();
  await expect(linksSection(page)).toHaveCount(0);
  await expect(page.getByText(draftTitle)).toHaveCount(0);
  expect((await (await page.request.get(`/api/incidents/${published}`)).json()).links).toEqual([]);
  await page.goto(`/incidents/${published}/history`);
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  await expect(page.getByText(draftTitle)).toHaveCount(0);

  await signInAs("analyst");
  await page.goto(`/incidents/${published}`);
  const item = linksSection(page).getByRole("listitem").filter({ hasText: "Same event as" });
  await expect(item.getByRole("link", { name: draftTitle })).toBeVisible();
  await expect(item).toContainText("Draft");
  expect((await (await page.request.get(`/api/incidents/${published}`)).json()).links).toMatchObject([
    { relation: "same_event", direction: "mutual", incidentId: draft },
  ]);
});

test("an analyst merges a same-event record into this one: its new sources come here, it goes to the trash, both Histories say so", async ({
  page,
  makeIncident,
  signInAs,
  db,
}) => {
  await signInAs("analyst");
  const stamp = Date.now();
  const shared = buildSource({ url: `https://news.example.org/e2e-merge-${stamp}-shared`, outlet: "Shared Outlet" });
  const extra = buildSource({ url: `https://news.example.org/e2e-merge-${stamp}-extra`, outlet: "Second Outlet" });
  const keptTitle = "E2E links: record kept in a merge";
  const dupTitle = "E2E links: duplicate kept for its sources";
  const kept = await makeIncident({ title: keptTitle, eventDate: "2019-07-09", sources: [shared], killed: { total: 4, securityForces: 4 } });
  const dup = await makeIncident({ title: dupTitle, eventDate: "2019-07-09", sources: [shared, extra], killed: { total: 9, securityForces: 9 } });
  await addLink(db, { incidentId: dup, otherId: kept, relation: "same_event", direction: "mutual", note: null }, null);
  // The duplicate's own link to a third record moves to the kept one (decision 023).
  const causeTitle = "E2E links: attack the merged record answered";
  const cause = await makeIncident({ title: causeTitle, eventDate: "2019-07-07" });
  await addLink(db, { incidentId: dup, otherId: cause, relation: "response_to", direction: "outgoing", note: null }, null);

  await page.goto(`/incidents/${kept}`);
  await expect(page.getByRole("heading", { name: "Sources (1)" })).toBeVisible();
  await linksSection(page).getByText(`Merge into this record: #${dup}`).click();
  await linksSection(page).getByRole("button", { name: "Yes, merge into this record" }).click();
  await expect(page.getByRole("status").filter({ hasText: "was merged" })).toHaveText(
    `Incident #${dup} was merged into this record: 1 source, 0 actors and 0 claims added. It is in the trash, from where it can be restored.`,
  );
  await expect(page.getByRole("region", { name: "Sources (2)" })).toContainText("Second Outlet");
  await expect(linksSection(page).getByRole("link", { name: dupTitle })).toHaveCount(0);
  await expect(linksSection(page).getByRole("listitem").filter({ hasText: "Response to" }).getByRole("link", { name: causeTitle })).toBeVisible();
  expect((await db.incident.findUniqueOrThrow({ where: { id: kept }, select: { killedTotal: true } })).killedTotal).toBe(4);
  expect((await page.request.get(`/api/incidents/${dup}`)).status()).toBe(404);

  await page.goto(`/incidents/${kept}/history`);
  await expect(page.getByRole("listitem").filter({ hasText: "Merged a record of the same event into this one" })).toContainText(
    `merged into this record: #${dup} ${dupTitle}`,
  );
  await page.goto(`/incidents/${dup}/history`);
  await expect(page.getByRole("listitem").filter({ hasText: "Moved to the trash" })).toContainText(`merged into #${kept} ${keptTitle}`);
});
