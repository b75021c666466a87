/** What the article page's specs share: the seed article, its page's parts, and the steps they repeat. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import type { IncidentInput } from "@/lib/incidents/schema";
import type { Db } from "@/lib/create-db";

export const seed = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/articles/arabnews-mir-ali-seed-2024-03-17.json"), "utf8")) as {
  text: string;
  url: string;
};
export const HEADLINE = "Pakistan defence minister says terrorism mostly conducted from Afghanistan after attack kills seven soldiers";
export const SEEDED_MIR_ALI = "Suicide truck-bomb and gun attack on security post in Mir Ali";
/**
 * One spec file's marks: its incidents' title prefix and its sources' URLs, so its cleanup removes its own
 * records only, never those of the other article spec running beside it in another worker.
 */
export function articleRun(spec: string) {
  const prefix = `E2E article ${spec}:`;
  // A URL of this run's own, so the seeded Arab News source is never touched and cleanup is exact.
  const query = `e2e-from-article-${spec}=`;
  const articleUrl = () => `${seed.url}?${query}${Date.now()}`;
  return {
    prefix,
    articleUrl,
    /** Removes what this spec's tests wrote: its incidents and its sources at its URLs. */
    async removeRecords(db: Db) {
      await db.incident.deleteMany({ where: { title: { startsWith: prefix } } });
      await db.source.deleteMany({ where: { url: { contains: query } } });
    },
    /** A record of the seed article's day near Mir Ali, for the article (at a new URL) to match. */
    async recordToMatch(makeIncident: (overrides?: Partial<IncidentInput>) => Promise<number>, name: string, overrides: Partial<IncidentInput> = {}) {
      const title = `${prefix} ${name} ${Date.now()}`;
      // A draft: an edit of a published record would wait for review (decision 024), tested in review-workflow.spec.ts.
      const id = await makeIncident({ title, latitude: 32.98, longitude: 70.26, status: "draft", ...overrides });
      return { id, title, url: articleUrl() };
    },
  };
}

export const proposal = (page: Page, name: string) => page.getByRole("group", { name, exact: true });
export const proposedValue = (page: Page, name: string) => proposal(page, name).getByLabel(name, { exact: true });
export const highlighted = (page: Page) => page.getByRole("region", { name: "Article" }).locator('mark[aria-current="true"]');
export const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

export async function pasteArticle(page: Page, url: string) {
  await page.goto("/incidents/new/from-article");
  await page.getByLabel("Article text").fill(seed.text);
  await page.getByLabel("Article URL").fill(url);
  await page.getByLabel("Published").fill("2024-03-17");
  await page.getByRole("button", { name: "Propose values" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2. Review the proposals" })).toBeVisible();
}

/** The incident titled `title` in the review step's list of incidents the article may report. */
export const matchingIncident = (page: Page, title: string) =>
  page
    .getByRole("region", { name: /may report an incident already in the atlas/ })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: title }) });

/** Adds the article to the incident titled `title`, which already cites it: refused, and the review stays. */
export async function addAgainIsRefused(page: Page, title: string, url: string) {
  await pasteArticle(page, url);
  await proposedValue(page, "Place").fill("Mir Ali, edited in the review");
  const match = matchingIncident(page, title);
  await match.getByRole("button", { name: "Add this article as a source to that incident" }).click();
  await expect(match.getByRole("alert")).toHaveText("That incident already cites this article.");
  await expect(page.getByRole("heading", { level: 2, name: "2. Review the proposals" })).toBeVisible();
  await expect(proposedValue(page, "Event date")).toHaveValue("2024-03-16");
}
