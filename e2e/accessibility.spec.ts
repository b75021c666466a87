import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { buildSource } from "@/prisma/factories";
import { contrast } from "./contrast";
import { addLink } from "@/lib/incidents/links/link-writes";

/**
 * axe-core's automated checks (WCAG 2.0/2.1 A and AA, and its best practices) on every page an
 * analyst works in, as a signed-out reader, an analyst and an admin, and on the incident form after
 * a refused save. Automated checks find part of what a screen-reader user meets, not all of it; the
 * keyboard paths have their own tests (incident-form-keyboard.spec.ts).
 */
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const RULESETS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: a <script> tag without the page's nonce would be refused by its CSP.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: "tag", values: tags } })).violations;
  }, RULESETS);
  // One line per rule, naming the first elements, so a failure says where to look.
  return found.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(", ")}`,
  );
}

// Each test loads and checks several pages: more than one page's 30 s on a loaded machine.
test.describe.configure({ timeout: 90_000 });

async function expectAccessible(page: Page, path: string, ready: () => Promise<void>) {
  await page.goto(path);
  await ready();
  expect(await violations(page), path).toEqual([]);
}

test("signed-out pages pass axe's checks", async ({ page, db }) => {
  await expectAccessible(page, "/", async () => {
    await expect(page.getByTestId("overview-map")).toHaveAttribute("data-state", "ready");
    await expect(page.getByTestId("overview-map").locator(".leaflet-control-attribution")).toBeVisible();
  });
  await expectAccessible(page, "/incidents", () => expect(page.getByRole("heading", { level: 1, name: "Incidents" })).toBeVisible());
  await expectAccessible(page, "/trends", () => expect(page.getByRole("figure", { name: /^Incidents per month by province/ })).toBeVisible());
  const ttp = await db.actor.findFirstOrThrow({ where: { name: "Tehreek-e-Taliban Pakistan" }, select: { id: true } });
  await expectAccessible(page, `/actors/${ttp.id}`, () => expect(page.getByRole("heading", { level: 1, name: "Tehreek-e-Taliban Pakistan" })).toBeVisible());
  await expectAccessible(page, "/provinces/PK-KP", () => expect(page.getByRole("heading", { level: 1, name: "Khyber Pakhtunkhwa" })).toBeVisible());
  await expectAccessible(page, "/trends?q=no+incident+has+this+zqxv", () =>
    expect(page.getByRole("heading", { name: "No incidents match this filter" })).toBeVisible(),
  );
  await expectAccessible(page, "/bulletin?province=PK-KP&month=2024-03", () =>
    expect(page.getByRole("heading", { level: 1, name: "Bulletin: March 2024" })).toBeVisible(),
  );
  await expectAccessible(page, "/bulletin?month=2024-13", () => expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toBeVisible());
  await expectAccessible(page, "/login", () => expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible());
  await expectAccessible(page, "/api/docs", () => expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible());
});

test("an analyst's pages pass axe's checks, the incident form with its errors shown too", async ({ page, signInAs, makeIncident, db }) => {
  // Two sources whose reports differ, so the page's Reported figures table and the form's report controls are checked.
  const report = (value: number) => ({ originator: "police", figures: { "killed.total": { value, quote: `${value} were killed.` } } });
  const sources = [1, 2].map((n) => ({ ...buildSource({}, 7700 + n), report: report(6 + n) }));
  const id = await makeIncident({ title: "E2E a11y: checkpost attack", eventDate: "2019-05-05", sources });
  // A linked record (a draft, shown with its badge), so the page's Linked incidents list and its remove control are checked too.
  const linked = await makeIncident({ title: "E2E a11y: strike in response", eventDate: "2019-05-07", status: "draft" });
  await addLink(db, { incidentId: linked, otherId: id, relation: "response_to", direction: "outgoing", note: "Two days later." }, null);
  await signInAs("analyst", "Asma Analyst");
  const heading = (name: string) => () => expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // Pages with a map are checked once Leaflet has drawn it (its controls are part of the page).
  const headingAndMap = (name: string, map: string) => async () => {
    await heading(name)();
    await expect(page.getByTestId(map).locator(".leaflet-control-attribution")).toBeVisible();
  };
  await expectAccessible(page, `/incidents/${id}`, headingAndMap("E2E a11y: checkpost attack", "point-map"));
  await expectAccessible(page, `/incidents/${id}/edit`, headingAndMap("Edit incident", "location-picker"));
  await expectAccessible(page, `/incidents/${id}/history`, heading("History"));
  await expectAccessible(page, "/incidents/new/from-article", heading("New incident from an article"));
  await expectAccessible(page, "/import", heading("Import incidents"));
  await expectAccessible(page, "/incidents/trash", heading("Trash"));
  await expectAccessible(page, "/account", heading("Your account"));

  await expectAccessible(page, "/incidents/new", headingAndMap("New incident", "location-picker"));
  await page.getByRole("button", { name: "Save incident" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter title" })).toBeVisible();
  expect(await violations(page), "/incidents/new after a refused save").toEqual([]);
});

test("the admin's users and settings pages pass axe's checks", async ({ page, signInAs }) => {
  await signInAs("admin", "Adil Admin");
  await expectAccessible(page, "/admin/users", () => expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible());
  await expectAccessible(page, "/admin/settings", () => expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible());
});

test("the review queue and a record in review pass axe's checks", async ({ page, db, signInAs, makeIncident }) => {
  const author = await signInAs("analyst", "Rubina Reporter");
  const id = await makeIncident({ title: "E2E a11y: record in review", eventDate: "2019-06-06", status: "draft" });
  await db.incident.update({ where: { id }, data: { status: "in_review", version: 2 } });
  await db.auditEvent.create({ data: { incidentId: id, userId: author.id, userName: author.name, action: "submit", fromVersion: 1, toVersion: 2 } });
  await page.context().clearCookies();
  await signInAs("analyst", "Raza Reviewer");
  await expectAccessible(page, "/review", () => expect(page.getByRole("checkbox", { name: "Publish E2E a11y: record in review" })).toBeVisible());
  await expectAccessible(page, `/incidents/${id}`, () => expect(page.getByRole("button", { name: "Send back with comments" })).toBeVisible());
});

test("the keyboard focus ring stands out (3:1 or more) on the page and on the dark header", async ({ page }) => {
  await page.goto("/incidents");
  const ring = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      // The colour the ring is drawn on: the nearest ancestor with a background.
      let bg = "rgb(255, 255, 255)";
      for (let n: HTMLElement | null = el.parentElement; n; n = n.parentElement) {
        const c = getComputedStyle(n).backgroundColor;
        if (c !== "rgba(0, 0, 0, 0)" && c !== "transparent") {
          bg = c;
          break;
        }
      }
      return { outline: style.outlineColor, width: parseFloat(style.outlineWidth), style: style.outlineStyle, bg };
    });
  await page.keyboard.press("Tab"); // the skip link
  await page.keyboard.press("Tab"); // the header's first link
  const header = await ring();
  expect(header.style).toBe("solid");
  expect(contrast(header.outline, header.bg)).toBeGreaterThanOrEqual(3);
  await page.getByRole("navigation", { name: "Export" }).getByRole("link", { name: "CSV", exact: true }).focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  const onPage = await ring();
  expect(onPage.width).toBeGreaterThanOrEqual(2);
  expect(contrast(onPage.outline, onPage.bg)).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: test.info().outputPath("focus-ring.png") });
});
