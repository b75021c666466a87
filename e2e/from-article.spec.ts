import { expect, test } from "./fixtures";
import { generateApiToken, hashApiToken, tokenDisplayPrefix } from "@/lib/auth/api-token";
import { LOAD_LIMITS } from "@/lib/limits/load-limits";
import {
  addAgainIsRefused,
  articleRun,
  HEADLINE,
  highlighted,
  matchingIncident,
  pasteArticle,
  proposal,
  proposedValue,
  section,
  seed,
  SEEDED_MIR_ALI,
} from "./from-article-steps";

const { prefix: PREFIX, articleUrl, removeRecords, recordToMatch } = articleRun("with-js");

test.afterEach(({ db }) => removeRecords(db));

test("paste the seed article, review the proposals against their sentences, continue to the form, save, and find it on the map", async ({
  page,
  db,
  signInAs,
}) => {
  // An article reviewed field by field, the form, a save and the map: longer than one page's test when the machine is busy.
  test.slow();
  await signInAs("analyst");
  const url = articleUrl();
  const title = `${PREFIX} Truck bomb at Mir Ali checkpost ${Date.now()}`;
  await page.goto("/incidents/new");
  await page.getByRole("link", { name: "New from article" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "New incident from an article" })).toBeVisible();
  await pasteArticle(page, url);

  const date = proposal(page, "Event date");
  await expect(proposedValue(page, "Event date")).toHaveValue("2024-03-16");
  await expect(date.getByText("high · 0.91")).toBeVisible();
  await expect(proposedValue(page, "Place")).toHaveValue("Mir Ali");
  await expect(proposedValue(page, "Killed: security forces")).toHaveValue("7");
  await expect(proposal(page, "Outlet").getByText("From the URL")).toBeVisible();

  // Every evidence sentence is lightly marked; "Show in article" (or hovering) marks the one this value came from.
  await date.getByRole("button", { name: "Show in article: Event date" }).click();
  await expect(date.getByRole("button", { name: "Show in article: Event date" })).toHaveAttribute("aria-pressed", "true");
  await expect(highlighted(page)).toHaveText(/^Seven soldiers, including two officers, were killed on Saturday/);

  const origin = proposal(page, "Claim 1");
  await expect(origin.getByLabel("Kind")).toHaveValue("origin");
  await expect(origin.getByLabel("Claimant")).toHaveValue("Defence Minister Khawaja Muhammad Asif");
  await expect(origin.getByLabel("Subject")).toHaveValue("Afghanistan");
  await origin.getByRole("button", { name: "Show in article: Claim 1" }).click();
  await expect(highlighted(page)).toHaveText(/^ISLAMABAD: Pakistan's Defence Minister/);
  await expect(proposal(page, "Claim 2").getByLabel("Claimant")).toHaveValue("Kabul");

  // The seeded record of the same attack is offered; this test records the article as a new one.
  await expect(page.getByRole("region", { name: /may report an incident already in the atlas/ }).getByRole("link", { name: SEEDED_MIR_ALI })).toBeVisible();

  // Clearing a value keeps it out of the form; the keyboard reaches the checkbox.
  const killedTotal = proposal(page, "Killed: total");
  await killedTotal.getByRole("checkbox", { name: "Use this value" }).focus();
  await page.keyboard.press("Space");
  await expect(killedTotal.getByRole("checkbox", { name: "Use this value" })).not.toBeChecked();

  await page.getByRole("button", { name: "Continue to the form" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "3. Complete the record" })).toBeFocused();

  const what = section(page, "What");
  await expect(what.getByLabel("Title")).toHaveValue(HEADLINE);
  await expect(what.getByLabel("Event type", { exact: true })).toHaveValue("Explosions/Remote violence");
  await expect(what.getByLabel("Suicide attack")).toHaveValue("yes");
  await expect(section(page, "When").getByLabel("Date", { exact: true })).toHaveValue("2024-03-16");
  const where = section(page, "Where");
  await expect(where.getByLabel("Place", { exact: true })).toHaveValue("Mir Ali");
  await expect(where.getByLabel("Latitude")).toHaveValue("32.97");
  await expect(where.getByLabel("Longitude")).toHaveValue("70.27");
  await expect(page.getByRole("group", { name: "Killed" }).getByLabel("Total")).toHaveValue("");
  await expect(page.getByRole("group", { name: "Killed" }).getByLabel("Security forces")).toHaveValue("7");
  const source = section(page, "Sources").getByRole("group", { name: "Source 1" });
  await expect(source.getByLabel("URL")).toHaveValue(url);
  await expect(source.getByLabel("Outlet")).toHaveValue("Arab News Pakistan");
  await expect(source.getByLabel("Headline")).toHaveValue(HEADLINE);
  await expect(source.getByLabel("Published")).toHaveValue("2024-03-17");
  await expect(source.getByText(/archived copy/)).toBeVisible();
  const claims = section(page, "Claims");
  await expect(claims.getByRole("group", { name: "Claim 1" }).getByLabel("Source")).toHaveValue(url);
  await expect(claims.getByRole("group", { name: "Claim 2" }).getByLabel("Kind")).toHaveValue("denial");
  await expect(page.getByText(/^Saved as a draft/)).toBeVisible();

  await what.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Save incident" }).click();
  // The form checks for duplicates again on save: the seeded Mir Ali record is the same day and place.
  await page.getByRole("button", { name: "Save anyway: it is a different event" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: /Arab News Pakistan/ }).first()).toBeVisible();
  const saved = await db.source.findFirstOrThrow({ where: { url }, select: { archivedText: true, headline: true } });
  expect(saved).toEqual({ archivedText: seed.text, headline: HEADLINE });

  await expect(page.getByRole("heading", { level: 1, name: title })).toContainText("Draft");
  // The overview map, filtered to this title and to drafts, draws exactly this incident for the analyst.
  await page.goto(`/?status=draft&q=${encodeURIComponent(title)}`);
  const map = page.getByTestId("overview-map");
  await expect(map).toHaveAttribute("data-state", "ready");
  await expect(map).toHaveAttribute("data-points", "1");
});

test("adds the article as a source to the matching incident instead, keeping its text", async ({ page, db, makeIncident, signInAs }) => {
  await signInAs("analyst");
  const { id, title, url } = await recordToMatch(makeIncident, "Existing Mir Ali record");
  await pasteArticle(page, url);

  const matches = page.getByRole("region", { name: /may report an incident already in the atlas/ });
  const match = matches.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(match).toContainText(/\d\.\d km away/);
  await match.getByRole("button", { name: "Add this article as a source to that incident" }).click();

  await expect(page).toHaveURL(new RegExp(`/incidents/${id}\\?added=\\d+$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const record = await db.incident.findUniqueOrThrow({
    where: { id },
    select: { version: true, sources: { orderBy: { position: "asc" }, select: { source: { select: { url: true, outlet: true, archivedText: true } } } } },
  });
  expect(record.version).toBe(2);
  expect(record.sources).toHaveLength(2);
  expect(record.sources[1]!.source).toEqual({ url, outlet: "Arab News Pakistan", archivedText: seed.text });
});

test("on a published incident the added article waits for review with its report; the published record is unchanged", async ({
  page,
  db,
  makeIncident,
  signInAs,
}) => {
  await signInAs("analyst");
  const { id, title, url } = await recordToMatch(makeIncident, "Published Mir Ali record", { status: "published" });
  await pasteArticle(page, url);
  await matchingIncident(page, title).getByRole("button", { name: "Add this article as a source to that incident" }).click();

  await expect(page).toHaveURL(new RegExp(`/incidents/${id}\\?proposed=1$`));
  await expect(page.getByRole("region", { name: "Arab News Pakistan's report waits for review with your edit" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Review", exact: true })).toContainText("source added: Arab News Pakistan");
  const record = await db.incident.findUniqueOrThrow({ where: { id }, select: { version: true, _count: { select: { sources: true } } } });
  expect(record).toEqual({ version: 1, _count: { sources: 1 } });
  expect(await db.pendingEdit.count({ where: { incidentId: id } })).toBe(1);
});

test("the added article's figures become its report with their sentences; where they differ from the record is shown, and the record is not changed", async ({
  page,
  db,
  makeIncident,
  signInAs,
}) => {
  await signInAs("analyst");
  const { id, title, url } = await recordToMatch(makeIncident, "Record with another toll", {
    killed: { total: 6, securityForces: 6, civilians: null, militants: null, unknown: null },
  });
  await pasteArticle(page, url);
  const killed = await proposedValue(page, "Killed: total").inputValue();
  // An analyst's own value has no sentence of the article behind it: it goes in without a quote.
  await proposedValue(page, "Killed: security forces").fill("5");
  await matchingIncident(page, title).getByRole("button", { name: "Add this article as a source to that incident" }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}\\?added=\\d+$`));

  const notice = page.getByRole("region", { name: "Arab News Pakistan's report was added" });
  await expect(notice).toContainText("It differs from this record's figures, which were not changed:");
  await expect(notice.getByRole("listitem")).toHaveText([
    `Killed (total): this source says ${killed}, the record says 6.`,
    "Killed (security forces): this source says 5, the record says 6.",
  ]);
  await page.screenshot({ path: test.info().outputPath("added-report-notice.png"), fullPage: true });

  const incident = await db.incident.findUniqueOrThrow({ where: { id }, select: { killedTotal: true, killedSecurity: true } });
  expect(incident).toEqual({ killedTotal: 6, killedSecurity: 6 });
  const link = await db.incidentSource.findFirstOrThrow({
    where: { incidentId: id, source: { url } },
    select: { figures: { orderBy: { field: "asc" }, select: { field: true, value: true, quote: true } } },
  });
  const total = link.figures.find((f) => f.field === "killed.total")!;
  expect(total.value).toBe(Number(killed));
  expect(seed.text).toContain(total.quote);
  expect(total.quote).toMatch(new RegExp(`\\b(${killed}|seven)\\b`, "i"));
  expect(link.figures.find((f) => f.field === "killed.securityForces")).toEqual({ field: "killed.securityForces", value: 5, quote: null });

  // The reported figures table holds the article's row, its toll's sentence one click away.
  const row = page.getByRole("table", { name: /as each source reports them/ }).getByRole("row", { name: /Arab News Pakistan/ });
  await row.locator("summary").first().click();
  await expect(row.getByRole("blockquote")).toHaveText(total.quote!);
});

test("adding the article to an incident that already cites it is refused beside that incident, and the review is kept", async ({
  page,
  db,
  makeIncident,
  signInAs,
}) => {
  await signInAs("analyst");
  const { id, title, url } = await recordToMatch(makeIncident, "Already cited");
  await pasteArticle(page, url);
  await matchingIncident(page, title).getByRole("button", { name: "Add this article as a source to that incident" }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}\\?added=\\d+$`));

  await addAgainIsRefused(page, title, url);
  // With JavaScript the page keeps what the analyst changed in the review.
  await expect(proposedValue(page, "Place")).toHaveValue("Mir Ali, edited in the review");
  expect(await db.incidentSource.count({ where: { incidentId: id, source: { url } } })).toBe(1);
});

test("each proposal offers the extractor's other readings with their sentences, one click away", async ({ page, signInAs }) => {
  await signInAs("analyst");
  await pasteArticle(page, articleUrl());
  const date = proposal(page, "Event date");
  const others = date.getByRole("list", { name: "Other readings" });
  await expect(others.getByRole("listitem")).toHaveCount(1);
  await expect(others).toContainText("2024-03-17");
  await others.getByRole("button", { name: "Use 2024-03-17 for Event date" }).click();
  await expect(proposedValue(page, "Event date")).toHaveValue("2024-03-17");
  await expect(date.getByRole("checkbox", { name: "Use this value" })).toBeChecked();
  // The proposal it replaced is now the other reading, so the analyst can go back.
  await others.getByRole("button", { name: "Use 2024-03-16 for Event date" }).click();
  await expect(proposedValue(page, "Event date")).toHaveValue("2024-03-16");
  await page.screenshot({ path: test.info().outputPath("from-article-other-readings.png"), fullPage: true });
});

test("an article dated only by weekday gets no date until its publication date is given, and the review says so", async ({ page, signInAs }) => {
  await signInAs("analyst");
  await page.goto("/incidents/new/from-article");
  // Made up for this test: the only day it names is a weekday.
  await page
    .getByLabel("Article text")
    .fill("Gunmen on a motorcycle shot dead two policemen guarding a polio team in Quetta on Tuesday, police said. The attackers escaped.");
  await page.getByRole("button", { name: "Propose values" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2. Review the proposals" })).toBeVisible();
  await expect(proposal(page, "Event date")).toHaveCount(0);
  const note = page.getByRole("note");
  await expect(note).toContainText("No event date is proposed");
  await page.screenshot({ path: test.info().outputPath("from-article-undated.png"), fullPage: true });

  await page.getByRole("button", { name: "Edit the article" }).click();
  await page.getByLabel("Published").fill("2024-03-20");
  await page.getByRole("button", { name: "Propose values" }).click();
  await expect(proposedValue(page, "Event date")).toHaveValue("2024-03-19");
  await expect(page.getByRole("note")).toHaveCount(0);
});

test("the article form shows what is wrong beside each field and keeps what was typed", async ({ page, signInAs }) => {
  await signInAs("analyst");
  await page.goto("/incidents/new/from-article");
  await page.getByLabel("Article URL").fill("not a web address");
  await page.getByLabel("Published").fill("2999-01-01");
  await page.getByRole("button", { name: "Propose values" }).click();

  await expect(page.getByLabel("Article text")).toHaveAccessibleDescription(/Paste the article's text/);
  await expect(page.getByLabel("Published")).toHaveAccessibleDescription(/cannot be in the future/);
  await expect(page.getByLabel("Article URL")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Article URL")).toHaveValue("not a web address");

  await page.getByLabel("Article text").fill(seed.text);
  await page.getByLabel("Article URL").fill("");
  await page.getByLabel("Published").fill("");
  await page.getByRole("button", { name: "Propose values" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2. Review the proposals" })).toBeVisible();
  await expect(proposedValue(page, "Headline")).toHaveValue(HEADLINE);
});

test("the page and the API share one rate limit per analyst, and the page says when to try again", async ({ page, db, signInAs, request }) => {
  const analyst = await signInAs("analyst");
  const token = generateApiToken();
  await db.apiToken.create({ data: { userId: analyst.id, name: "e2e", tokenHash: hashApiToken(token), tokenPrefix: tokenDisplayPrefix(token) } });
  const data = { text: "Two policemen were killed in Bannu on Monday." };
  for (let i = 0; i < LOAD_LIMITS.extractsPerMinute; i++) {
    expect((await request.post("/api/extract", { headers: { authorization: `Bearer ${token}` }, data })).status()).toBe(200);
  }
  await page.goto("/incidents/new/from-article");
  await page.getByLabel("Article text").fill(seed.text);
  await page.getByRole("button", { name: "Propose values" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "You have read many articles" })).toHaveText(
    /^You have read many articles in a short time: try again in \d+ seconds?\.$/,
  );
  await expect(page.getByLabel("Article text")).toHaveValue(seed.text);
  await page.screenshot({ path: test.info().outputPath("from-article-rate-limited.png"), fullPage: true });
});
