import { expect, test } from "./fixtures";
import { buildSource } from "@/prisma/factories";
import type { SourceInput } from "@/lib/sources/schema";

/**
 * Coded figures (issue #13, part 2; docs/decisions/016-coded-figures.md): the incident page says each
 * figure's rule in words and marks the report behind it; the form shows the coded value live, lets the
 * analyst choose another source or set the value with a reason, and refuses a value without one.
 */
const apart = (n: number) => ({
  eventDate: `2014-0${n}-1${n}`,
  latitude: 29 + n / 10,
  longitude: 65 + n / 10,
  killed: { total: null, securityForces: null, civilians: null, militants: null, unknown: null },
});

const tolls = (): SourceInput[] => [
  { ...buildSource({ outlet: "Dawn" }, 81), report: { originator: "ISPR", figures: { "killed.total": { value: 7, quote: null } } } },
  {
    ...buildSource({ outlet: "Geo News", publishedAt: "2024-03-18" }, 82),
    report: { originator: "security sources", figures: { "killed.total": { value: 9, quote: null } } },
  },
  { ...buildSource({ outlet: "The News" }, 83), report: { originator: "a hospital official", figures: { "killed.total": { value: 8, quote: null } } } },
];

test("the incident page says the rule behind each coded figure and marks its report", async ({ page, makeIncident }) => {
  const id = await makeIncident({ title: "E2E coded: three tolls", ...apart(1), sources: tolls() });
  await page.goto(`/incidents/${id}`);
  const rules = page.getByRole("region", { name: "Reported figures" }).getByLabel("How the figures are coded");
  await expect(rules).toContainText("Killed (total)best 7: ISPR via Dawn; reports range 7–9 across 3 sources");
  const table = page.getByRole("table", { name: /Figures as each source reports them/ });
  await expect(table.getByRole("row", { name: /Dawn/ })).toContainText("coded best");
  await expect(table.getByRole("row", { name: /Geo News/ })).not.toContainText("coded best");
  // The casualty table shows the coded value and the range as the estimates.
  await expect(page.getByRole("region", { name: "Casualties" })).toContainText("7");
});

test("the form shows the coded value live; a value the analyst sets needs a reason, and nothing is written without one", async ({
  page,
  db,
  signInAs,
  makeIncident,
}) => {
  const id = await makeIncident({ title: "E2E coded: the analyst's value", ...apart(2), sources: tolls(), status: "draft" });
  await signInAs("analyst");
  await page.goto(`/incidents/${id}/edit`);
  const casualties = page.getByRole("region", { name: "Casualties" });
  const killed = casualties.getByRole("group", { name: "Killed" });
  const total = killed.getByLabel("Total", { exact: true });
  await expect(total).toHaveValue("7");
  await expect(total).toHaveJSProperty("readOnly", true);
  await expect(killed.getByLabel("Low estimate")).toHaveValue("7");
  await expect(killed.getByLabel("High estimate")).toHaveValue("9");

  const choice = killed.getByLabel("Killed (total): coded value");
  await expect(choice).toHaveAccessibleDescription("best 7: ISPR via Dawn; reports range 7–9 across 3 sources");
  // Another source's value, chosen: the box follows at once.
  await choice.selectOption({ label: "9: security sources via Geo News" });
  await expect(total).toHaveValue("9");
  await expect(choice).toHaveAccessibleDescription("best 9: security sources via Geo News (the analyst's choice); reports range 7–9 across 3 sources");

  // The analyst's own value: the box opens, and a reason is asked for.
  await choice.selectOption({ label: "Set by the analyst, with a reason" });
  await expect(total).toHaveJSProperty("readOnly", false);
  await total.fill("12");
  await page.getByRole("button", { name: "Save changes" }).click();
  const reason = killed.getByLabel("Why you set killed (total) yourself");
  await expect(reason).toHaveAccessibleDescription(/Say in a few words why you set killed \(total\) yourself/);
  expect((await db.incident.findUniqueOrThrow({ where: { id } })).version).toBe(1);

  await reason.fill("A later statement raised the toll");
  // The estimates are the analyst's too once the total is: the high one must reach the total.
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(killed.getByLabel("High estimate")).toHaveAccessibleDescription("The high estimate cannot be below the total killed (12)");
  await killed.getByLabel("High estimate").fill("12");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Reported figures" })).toBeVisible();
  await expect(page.getByLabel("How the figures are coded")).toContainText(
    "12, set by the analyst: A later statement raised the toll; reports range 7–9 across 3 sources",
  );
  const stored = await db.incident.findUniqueOrThrow({ where: { id } });
  expect([stored.killedTotal, stored.killedLow, stored.killedHigh]).toEqual([12, 7, 12]);
  expect(JSON.parse(stored.figureCoding!)).toEqual({ "killed.total": { rule: "analyst", sourceUrl: null, reason: "A later statement raised the toll" } });
  // The History says how the figure's coding changed, beside the value it moved.
  await page.goto(`/incidents/${id}/history`);
  await expect(page.getByText("killed (total) coded: by the reports' rule -> set by the analyst: A later statement raised the toll")).toBeVisible();
  await expect(page.getByText("killed (total): 7 -> 12")).toBeVisible();
});

test("the API takes the coding with the record and refuses a value set without a reason", async ({ request, makeIncident, apiTokenAs }) => {
  const id = await makeIncident({ title: "E2E coded: API", ...apart(3), sources: tolls(), status: "draft" });
  // A draft (an edit of a published record waits for review, decision 024): read as an analyst.
  const { headers } = await apiTokenAs("analyst");
  const record = await (await request.get(`/api/incidents/${id}`, { headers })).json();
  expect(record.killed).toMatchObject({ total: 7, low: 7, high: 9 });
  expect(record.coding).toEqual({});

  const chosen = { ...record, coding: { "killed.total": { rule: "reports", sourceUrl: record.sources[2].url, reason: null } } };
  const patched = await request.patch(`/api/incidents/${id}`, { data: chosen, headers });
  expect(patched.status()).toBe(200);
  const after = await patched.json();
  expect(after.killed.total).toBe(8);
  expect(after.coding).toEqual(chosen.coding);

  const refused = await request.patch(`/api/incidents/${id}`, {
    data: { ...after, coding: { "killed.total": { rule: "analyst", sourceUrl: null, reason: null } } },
    headers,
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.fields).toEqual({ "coding.killed.total.reason": ["Say in a few words why you set killed (total) yourself"] });
});

test("disputed=true keeps the incidents whose sources give different figures, on the list, the overview and the API", async ({
  page,
  request,
  makeIncident,
}) => {
  const disputed = await makeIncident({ title: "E2E coded: disputed tolls", ...apart(4), sources: tolls() });
  const agreed = await makeIncident({
    title: "E2E coded: agreeing tolls",
    ...apart(5),
    sources: tolls().map((s) => ({ ...s, report: { ...s.report!, figures: { "killed.total": { value: 7, quote: null } } } })),
  });
  await page.goto("/incidents?disputed=true");
  await expect(page.getByRole("link", { name: "E2E coded: disputed tolls" })).toBeVisible();
  await expect(page.getByRole("link", { name: "E2E coded: agreeing tolls" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Active filters" })).toContainText("Figures: disputed");
  await page.getByRole("link", { name: "Remove filter Figures: disputed" }).click();
  await expect(page).not.toHaveURL(/disputed/);
  await expect(page.getByRole("navigation", { name: "Active filters" })).toHaveCount(0);

  await page.goto("/?disputed=true");
  await expect(page.getByRole("navigation", { name: "Active filters" })).toContainText("Figures: disputed");
  await expect(page.getByRole("checkbox", { name: "Disputed only" })).toBeChecked();

  const ids = async (query: string) => ((await (await request.get(`/api/incidents?${query}`)).json()).items as { id: number }[]).map((i) => i.id);
  const listed = await ids("disputed=true&limit=100");
  expect(listed).toContain(disputed);
  expect(listed).not.toContain(agreed);
  expect(await ids("disputed=false&limit=100")).toContain(agreed);
  expect((await request.get("/api/incidents?disputed=yes")).status()).toBe(400);
});
