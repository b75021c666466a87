import { expect, test } from "./fixtures";
import { ImportPreviewSchema, ImportProgressSchema } from "@/lib/import/preview";

/**
 * An imported ACLED row keeps its fatalities as a report of the ACLED source (issue #13, part 8;
 * docs/decisions/020-dataset-sources.md): the row is cited as a dataset record without a link, its
 * report is in the reported-figures table, the killed figure's "why" names it, and editing the record
 * in the form keeps it.
 */
const HEADER =
  "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities";
const acledFile = (tag: string) =>
  `${HEADER}\nE2E-DS-${tag},2011-05-09,1,Battles,Armed clash,E2E Dataset Group ${tag},2,Pakistan,Khyber Pakhtunkhwa,Swat,Datatown ${tag},34.91,72.31,1,"Dawn; The News",Militants attacked a post and five soldiers were killed.,5`;

test("an imported ACLED row's page shows ACLED's report behind the killed figure, and an edit keeps it", async ({
  page,
  request,
  db,
  apiTokenAs,
  signInAs,
}) => {
  // An import, two page views at two widths and a save.
  test.slow();
  const tag = Date.now().toString(36);
  const record = `ACLED E2E-DS-${tag}`;
  try {
    const { headers } = await apiTokenAs("analyst");
    const upload = await request.post("/api/imports", {
      headers,
      multipart: { file: { name: "acled.csv", mimeType: "text/csv", buffer: Buffer.from(acledFile(tag)) } },
    });
    const { token } = ImportPreviewSchema.parse(await upload.json());
    const confirmed = await request.post(`/api/imports/${token}`, { headers });
    expect(ImportProgressSchema.parse(JSON.parse((await confirmed.text()).trim().split("\n").at(-1)!))).toMatchObject({ type: "done", created: 1 });
    const { id } = await db.incident.findUniqueOrThrow({ where: { externalId: `E2E-DS-${tag}` }, select: { id: true } });

    await signInAs("analyst");
    await page.goto(`/incidents/${id}`);
    const sources = page.getByRole("region", { name: /^Sources/ });
    await expect(sources).toContainText(`${record} (dataset record)`);
    await expect(sources.getByRole("link")).toHaveCount(0);

    const table = page.getByRole("table", { name: /Figures as each source reports them/ });
    const row = table.getByRole("row", { name: new RegExp(record) });
    await expect(row).toContainText("Dawn; The News");
    await expect(row).toContainText("5");
    await expect(row).toContainText("coded best");

    const casualties = page.getByRole("region", { name: "Casualties" });
    await casualties.locator("summary", { hasText: "5" }).first().click();
    const why = casualties.locator("details[open]");
    await expect(why).toContainText("Killed (total): best 5: Dawn; The News via ACLED");
    await expect(why.getByRole("listitem")).toContainText(`${record} (dataset record) citing Dawn; The News: 5 rests on this`);
    await expect(why.getByRole("link")).toHaveCount(0);
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: test.info().outputPath(`acled-dataset-source-${width}.png`), fullPage: true });
    }

    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`/incidents/${id}/edit`);
    const datasetRow = page.getByRole("group", { name: `Source 1: ${record} (dataset record)` });
    await expect(datasetRow).toContainText("It reports killed (total) 5, citing Dawn; The News.");
    await datasetRow.screenshot({ path: test.info().outputPath("acled-dataset-source-form.png") });
    await page.getByLabel("Title").fill(`Clash in Datatown ${tag}, edited`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Clash in Datatown ${tag}, edited` })).toBeVisible();
    await expect(page.getByRole("table", { name: /Figures as each source reports them/ }).getByRole("row", { name: new RegExp(record) })).toContainText("5");
    const kept = await db.incidentSource.findMany({
      where: { incidentId: id },
      select: { originator: true, source: { select: { datasetRecord: true } }, figures: true },
    });
    expect(kept).toMatchObject([{ originator: "Dawn; The News", source: { datasetRecord: record }, figures: [{ field: "killed.total", value: 5 }] }]);
  } finally {
    await db.incident.deleteMany({ where: { externalId: `E2E-DS-${tag}` } });
    await db.actor.deleteMany({ where: { name: `E2E Dataset Group ${tag}` } });
    await db.source.deleteMany({ where: { datasetRecord: record } });
  }
});
