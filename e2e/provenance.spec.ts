import { expect, test } from "./fixtures";
import { buildSource } from "@/prisma/factories";
import type { SourceInput } from "@/lib/sources/schema";
import { takeReviewStep } from "@/lib/incidents/review/review-step";

/**
 * Provenance on every number (issue #13, part 4; docs/decisions/019-reported-facts.md): each coded
 * figure, the date, the place and the perpetrator open the reports and quotes behind them on the
 * incident page; the list, the popup and History reach them in one click; the API returns `reports`
 * and `provenance`; each source's date, place and perpetrator are entered in the form and checked.
 */
const apart = (n: number) => ({
  eventDate: `2013-0${n}-1${n}`,
  location: "Tirah valley",
  district: "Khyber",
  latitude: 28 + n / 10,
  longitude: 64 + n / 10,
  killed: { total: null, securityForces: null, civilians: null, militants: null, unknown: null },
});

const ARTICLE = "Gunmen attacked a checkpoint in the Tirah valley on Monday. Seven soldiers were martyred, ISPR said.";

const reports = (eventDate: string): SourceInput[] => [
  {
    ...buildSource({ outlet: "Dawn" }, 171),
    report: {
      originator: "ISPR",
      figures: { "killed.total": { value: 7, quote: "Seven soldiers were martyred, ISPR said." } },
      facts: { eventDate: { value: eventDate, quote: null }, location: { value: "Tirah Valley", quote: "a checkpoint in the Tirah valley" } },
    },
  },
  {
    ...buildSource({ outlet: "The News" }, 172),
    report: {
      originator: "a hospital official",
      figures: { "killed.total": { value: 9, quote: "Nine bodies were brought in." } },
      facts: { location: { value: "Bara", quote: null } },
    },
  },
];

test("each coded figure, the date and the place open the reports and quotes behind them, by mouse and keyboard", async ({ page, makeIncident }) => {
  const at = apart(1);
  const id = await makeIncident({ title: "E2E provenance: page", ...at, sources: reports(at.eventDate) });
  await page.goto(`/incidents/${id}`);

  const casualties = page.getByRole("region", { name: "Casualties" });
  const killed = casualties.locator("summary", { hasText: "7" }).first();
  const quote = casualties.getByText("Seven soldiers were martyred, ISPR said.");
  await expect(quote).toBeHidden();
  await killed.focus();
  await page.keyboard.press("Enter");
  await expect(quote).toBeVisible();
  const panel = casualties.locator("details[open]");
  await expect(panel).toContainText("Killed (total): best 7: ISPR via Dawn; reports range 7–9 across 2 sources");
  await expect(panel.getByRole("listitem").filter({ hasText: "Dawn" })).toContainText("rests on this");
  await expect(panel.getByRole("listitem").filter({ hasText: "The News" })).toContainText("9 differs");
  await expect(panel.getByRole("listitem").filter({ hasText: "The News" })).toContainText("Nine bodies were brought in.");

  const facts = page.getByRole("region", { name: "What, when, where" });
  await facts.locator("summary", { hasText: "Tirah valley" }).click();
  await expect(facts).toContainText("Place of the event: as 1 source states it; 1 source says otherwise");
  await expect(facts.getByText("a checkpoint in the Tirah valley")).toBeVisible();
  await facts.locator("summary", { hasText: "2013" }).click();
  await expect(facts).toContainText("Date of the event: as 1 source states it");

  const table = page.getByRole("table", { name: "When, where and by whom, as each source says" });
  await expect(table.getByRole("row", { name: /The News/ })).toContainText("Bara");
  await expect(table.getByRole("row", { name: /The News/ })).toContainText("differs: other sources say Tirah Valley");
  await page.screenshot({ path: test.info().outputPath("provenance-page.png"), fullPage: true });
});

test("the list, History and a shared link reach a figure's sources in one click", async ({ page, request, db, makeIncident, makeUser, apiTokenAs }) => {
  const at = apart(2);
  const id = await makeIncident({ title: "E2E provenance: list link", ...at, sources: reports(at.eventDate) });
  await page.goto(`/incidents?q=${encodeURIComponent("E2E provenance: list link")}`);
  await page.getByRole("link", { name: "7 killed: where this comes from" }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}\\?why=killed.total#why-killed.total$`));
  await expect(page.locator("#why-killed\\.total")).toHaveAttribute("open", "");
  await expect(page.getByText("Seven soldiers were martyred, ISPR said.").first()).toBeVisible();

  // A later report lowers the toll: History's line for the change links to the sources of the value now.
  const record = await (await request.get(`/api/incidents/${id}`)).json();
  record.sources[0].report.figures["killed.total"] = { value: 8, quote: null };
  const { headers } = await apiTokenAs("analyst");
  // The record is published, so the edit waits for review (decision 024) until a second analyst publishes it.
  expect((await request.patch(`/api/incidents/${id}`, { data: record, headers })).status()).toBe(202);
  const reviewer = await makeUser("analyst", "Rafi Reviewer");
  expect(await takeReviewStep(db, { incidentId: id, step: "publish", user: { id: reviewer.id, role: "analyst" } })).toMatchObject({ status: "done" });
  await page.goto(`/incidents/${id}/history`);
  await expect(page.getByText("killed (total): 7 -> 8")).toBeVisible();
  await page.getByRole("link", { name: "killed (total) now: where this comes from" }).click();
  await expect(page.locator("#why-killed\\.total")).toHaveAttribute("open", "");
});

test("the API returns reports and the provenance of every coded value", async ({ request, makeIncident }) => {
  const at = apart(3);
  const id = await makeIncident({ title: "E2E provenance: API", ...at, sources: reports(at.eventDate) });
  const body = await (await request.get(`/api/incidents/${id}`)).json();
  const [dawn, theNews] = body.sources as { id: number }[];
  expect(body.reports.map((r: { id: number; outlet: string; originator: string }) => [r.id, r.outlet, r.originator])).toEqual([
    [dawn!.id, "Dawn", "ISPR"],
    [theNews!.id, "The News", "a hospital official"],
  ]);
  expect(body.reports[1].facts).toEqual({ location: { value: "Bara", quote: null } });
  expect(body.provenance["killed.total"]).toMatchObject({ value: 7, rule: "reports", reportIds: [dawn!.id] });
  expect(body.provenance.location).toMatchObject({ value: "Tirah valley", rule: "reports", reportIds: [dawn!.id] });
  expect(body.provenance.eventDate).toMatchObject({ value: at.eventDate, rule: "reports", reportIds: [dawn!.id] });
  expect(body.provenance["injured.total"]).toMatchObject({ value: null, rule: "entered", reportIds: [] });
});

test("an analyst enters the date, place and perpetrator a source states; a quote not in its archived copy is refused on its field", async ({
  page,
  db,
  signInAs,
  makeIncident,
}) => {
  const id = await makeIncident({ title: "E2E provenance: form", ...apart(4), status: "draft" });
  const link = await db.incidentSource.findFirstOrThrow({ where: { incidentId: id } });
  await db.source.update({ where: { id: link.sourceId }, data: { archivedText: ARTICLE } });
  await signInAs("analyst");
  await page.goto(`/incidents/${id}/edit`);
  const details = page
    .getByRole("region", { name: "Sources", exact: true })
    .getByRole("group", { name: "Source 1" })
    .locator("details", { hasText: "What this source reports" });
  if (!(await details.getAttribute("open"))) await details.locator("summary").click();
  await details.getByLabel("Place of the event", { exact: true }).fill("Tirah valley");
  await details.getByLabel("Quote for place of the event").fill("a checkpoint in Bara");
  await details.getByLabel("Perpetrator or claimant", { exact: true }).fill("unnamed gunmen");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(details.getByLabel("Quote for place of the event")).toHaveAccessibleDescription("The quote is not in the archived copy of Example News");
  await expect(details.getByLabel("Perpetrator or claimant", { exact: true })).toHaveValue("unnamed gunmen");
  expect((await db.incidentSource.findFirstOrThrow({ where: { incidentId: id } })).reportedFacts).toBeNull();

  await details.getByLabel("Quote for place of the event").fill("a checkpoint in the Tirah   valley");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Reported figures" })).toBeVisible();
  const table = page.getByRole("table", { name: "When, where and by whom, as each source says" });
  await expect(table.getByRole("row", { name: /Example News/ })).toContainText("Tirah valley");
  await expect(table.getByRole("row", { name: /Example News/ })).toContainText("unnamed gunmen");
  expect(JSON.parse((await db.incidentSource.findFirstOrThrow({ where: { incidentId: id } })).reportedFacts!)).toEqual({
    location: { value: "Tirah valley", quote: "a checkpoint in the Tirah   valley" },
    perpetrator: { value: "unnamed gunmen", quote: null },
  });
});
