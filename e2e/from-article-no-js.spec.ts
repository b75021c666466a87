import { expect, test } from "./fixtures";
import { addAgainIsRefused, articleRun, HEADLINE, matchingIncident, pasteArticle, proposal, proposedValue, section, seed } from "./from-article-steps";

// The article page's three steps as posted forms, each answered with a page (the steps with JavaScript: from-article.spec.ts).
const { prefix: PREFIX, articleUrl, removeRecords, recordToMatch } = articleRun("no-js");

test.afterEach(({ db }) => removeRecords(db));

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("paste an article, review the proposals, continue to the form and save the incident", async ({ page, db, signInAs }) => {
    await signInAs("analyst");
    const url = articleUrl();
    const title = `${PREFIX} Mir Ali without JavaScript ${Date.now()}`;
    await pasteArticle(page, url);
    await expect(proposedValue(page, "Event date")).toHaveValue("2024-03-16");
    await expect(proposal(page, "Claim 1").getByLabel("Claimant")).toHaveValue("Defence Minister Khawaja Muhammad Asif");
    // Without JavaScript the other readings are there to read (and type in), not buttons that would do nothing.
    const otherDates = proposal(page, "Event date").getByRole("list", { name: "Other readings" });
    await expect(otherDates).toContainText("2024-03-17");
    await expect(otherDates.getByRole("button")).toHaveCount(0);

    // What the analyst changes in the review is what the form starts from.
    await proposedValue(page, "Place").fill("Mir Ali bazaar");
    await proposal(page, "Killed: total").getByRole("checkbox", { name: "Use this value" }).uncheck();
    await proposal(page, "Claim 2").getByRole("checkbox", { name: "Use this value" }).uncheck();
    await page.getByRole("button", { name: "Continue to the form" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "3. Complete the record" })).toBeVisible();

    const what = section(page, "What");
    await expect(what.getByLabel("Title")).toHaveValue(HEADLINE);
    await expect(section(page, "Where").getByLabel("Place", { exact: true })).toHaveValue("Mir Ali bazaar");
    await expect(page.getByRole("group", { name: "Killed" }).getByLabel("Total")).toHaveValue("");
    await expect(page.getByRole("group", { name: "Killed" }).getByLabel("Security forces")).toHaveValue("7");
    await expect(section(page, "Sources").getByRole("group", { name: "Source 1" }).getByLabel("URL")).toHaveValue(url);
    await expect(section(page, "Claims").getByRole("group", { name: "Claim 1" }).getByLabel("Kind")).toHaveValue("origin");
    await expect(section(page, "Claims").getByRole("group", { name: "Claim 2" })).toHaveCount(0);

    // The server's answers (here the possible duplicate) come back on the same step.
    await what.getByLabel("Title").fill(title);
    await page.getByRole("button", { name: "Save incident" }).click();
    await page.getByRole("button", { name: "Save anyway: it is a different event" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const saved = await db.source.findFirstOrThrow({ where: { url }, select: { archivedText: true, headline: true } });
    expect(saved).toEqual({ archivedText: seed.text, headline: HEADLINE });
    expect(await db.incident.findFirstOrThrow({ where: { title }, select: { location: true } })).toEqual({ location: "Mir Ali bazaar" });
  });

  test("the article form's errors are shown, and Edit the article goes back with the article kept", async ({ page, signInAs }) => {
    await signInAs("analyst");
    await page.goto("/incidents/new/from-article");
    await page.getByLabel("Article URL").fill("not a web address");
    await page.getByRole("button", { name: "Propose values" }).click();
    await expect(page.getByLabel("Article text")).toHaveAccessibleDescription(/Paste the article's text/);
    await expect(page.getByLabel("Article URL")).toHaveValue("not a web address");

    const url = articleUrl();
    await page.getByLabel("Article text").fill(seed.text);
    await page.getByLabel("Article URL").fill(url);
    await page.getByRole("button", { name: "Propose values" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "2. Review the proposals" })).toBeVisible();
    await page.getByRole("button", { name: "Edit the article" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "1. The article" })).toBeVisible();
    await expect(page.getByLabel("Article URL")).toHaveValue(url);
    await expect(page.getByLabel("Article text")).toHaveValue(seed.text);
  });

  test("adds the article as a source to the matching incident", async ({ page, db, makeIncident, signInAs }) => {
    await signInAs("analyst");
    const { id, title, url } = await recordToMatch(makeIncident, "Existing record without JavaScript");
    await pasteArticle(page, url);
    const match = page
      .getByRole("region", { name: /may report an incident already in the atlas/ })
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: title }) });
    await match.getByRole("button", { name: "Add this article as a source to that incident" }).click();
    await expect(page).toHaveURL(new RegExp(`/incidents/${id}\\?added=\\d+$`));
    expect(await db.incidentSource.count({ where: { incidentId: id, source: { url } } })).toBe(1);
    // The factory's record says 7 killed, as the article does: the report goes in and agrees.
    await expect(page.getByRole("region", { name: "Arab News Pakistan's report was added" })).toContainText("Its figures agree with this record's.");
    expect(await db.reportedFigure.count({ where: { link: { incidentId: id, source: { url } } } })).toBeGreaterThan(0);
  });

  test("adding the article to an incident that already cites it is refused, shown on the review step", async ({ page, db, makeIncident, signInAs }) => {
    await signInAs("analyst");
    const { id, title, url } = await recordToMatch(makeIncident, "Already cited without JavaScript");
    await pasteArticle(page, url);
    await matchingIncident(page, title).getByRole("button", { name: "Add this article as a source to that incident" }).click();
    await expect(page).toHaveURL(new RegExp(`/incidents/${id}\\?added=\\d+$`));

    await addAgainIsRefused(page, title, url);
    await page.screenshot({ path: test.info().outputPath("from-article-add-source-refused-no-js.png"), fullPage: true });
    expect(await db.incidentSource.count({ where: { incidentId: id, source: { url } } })).toBe(1);
  });
});
