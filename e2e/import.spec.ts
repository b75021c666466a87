import { expect, test } from "./fixtures";
import { ImportPreviewSchema, ImportProgressSchema } from "@/lib/import/preview";
import { syntheticAcledCsv } from "@/scripts/import/synthetic-acled";
import { ACLED_HEADER, acledFile } from "./acled-file";

const HEADER = ACLED_HEADER;

test("imports an ACLED file: preview with rejected rows, confirm, then the incidents are there", async ({ page, db, signInAs, request }) => {
  await signInAs("analyst", "Imran Importer");
  const tag = Date.now().toString(36);
  try {
    await page.goto("/import");
    await page.getByLabel("File to import").setInputFiles({ name: "acled.csv", mimeType: "text/csv", buffer: Buffer.from(acledFile(tag)) });
    await page.getByRole("button", { name: "Preview import" }).click();

    await expect(page.getByRole("heading", { name: "Preview of acled.csv" })).toBeVisible();
    await expect(page.getByText("Read as CSV in ACLED's layout. Nothing has been written yet.")).toBeVisible();
    const rejected = page.getByRole("table", { name: /Rejected rows/ });
    await expect(rejected.getByRole("row", { name: /line 3 eventType: Choose an event type/ })).toBeVisible();
    await expect(rejected.getByRole("row", { name: /line 5 event_date: "someday" is not a date/ })).toBeVisible();
    const toImport = page.getByRole("table", { name: "Rows to import" });
    await expect(toImport.getByRole("row", { name: new RegExp(`line 2 Create Armed clash in Testabad ${tag}.*recorded as Khyber Pakhtunkhwa`) })).toBeVisible();
    expect(await db.incident.count({ where: { externalId: { startsWith: `E2E-${tag}` } } })).toBe(0);

    await page.getByRole("button", { name: "Import 2 incidents" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Import complete" })).toContainText("2 created, 0 updated. 2 rejected rows were not imported.");

    // Drafts are for staff: the page's session asks for them; signed out, the same request finds none.
    expect((await (await request.get("/api/incidents", { params: { q: `Testabad ${tag}`, status: "draft" } })).json()).items).toHaveLength(0);
    const response = await page.request.get("/api/incidents", { params: { q: `Testabad ${tag}`, status: "draft" } });
    const { items } = await response.json();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ province: "Khyber Pakhtunkhwa", district: "North Waziristan", status: "draft", externalId: `E2E-${tag}-3` });

    await page.getByRole("link", { name: "See the drafts" }).click();
    await page.goto(`/incidents?status=draft&q=${encodeURIComponent(`Testabad ${tag}`)}`);
    await page.getByRole("link", { name: `Armed clash in Testabad ${tag}, North Waziristan` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Armed clash in Testabad ${tag}, North Waziristan` })).toBeVisible();
    await expect(page.getByText("ACLED source: Dawn; The News")).toBeVisible();
    // The page says which file and row it came from; ACLED codes no suicide flag, so it is not known, not "No".
    await expect(page.getByText(new RegExp(`^Imported from acled\\.csv, line \\d+, outside id E2E-${tag}-\\d+ by Imran Importer on `))).toBeVisible();
    await expect(page.getByRole("region", { name: "What, when, where", exact: true })).toContainText(/Suicide attack\s*not recorded/);

    // The import recorded who created the incident, as an edit in the form would.
    await page.getByRole("link", { name: "History" }).click();
    const created = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Created/ }) });
    await expect(created).toContainText("Imran Importer");
    await expect(created).toContainText(new RegExp(`Imported from acled\\.csv, line \\d+, outside id E2E-${tag}-\\d+`));
    await expect(created).toContainText(`place: Testabad ${tag}`);
  } finally {
    await db.incident.deleteMany({ where: { externalId: { startsWith: `E2E-${tag}` } } });
    await db.actor.deleteMany({ where: { name: `E2E Group ${tag}` } });
    await db.source.deleteMany({ where: { datasetRecord: { startsWith: `ACLED E2E-${tag}` } } });
  }
});

test("the confirm stream says what it is doing: checking, writing with counts, finishing, then done", async ({ db, apiTokenAs, request }) => {
  const { headers } = await apiTokenAs("analyst");
  const tag = Date.now().toString(36);
  try {
    const upload = await request.post("/api/imports", {
      headers,
      multipart: { file: { name: "acled.csv", mimeType: "text/csv", buffer: Buffer.from(acledFile(tag)) } },
    });
    expect(upload.status()).toBe(200);
    const preview = ImportPreviewSchema.parse(await upload.json());
    const response = await request.post(`/api/imports/${preview.token}`, { headers });
    expect(response.headers()["content-type"]).toContain("application/x-ndjson");
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((l) => ImportProgressSchema.parse(JSON.parse(l)));
    const steps = lines.map((l) => (l.type === "progress" ? `${l.phase} ${l.done}/${l.total}` : l.type));
    // Consecutive repeats collapsed: batches may repeat a count.
    expect(steps.filter((s, i) => s !== steps[i - 1])).toEqual(["checking 0/0", "writing 0/2", "writing 2/2", "finishing 2/2", "done"]);
    expect(lines.at(-1)).toEqual({ type: "done", created: 2, updated: 0, rejected: 2, conflicts: 0, links: 0 });
  } finally {
    await db.incident.deleteMany({ where: { externalId: { startsWith: `E2E-${tag}` } } });
    await db.actor.deleteMany({ where: { name: `E2E Group ${tag}` } });
    await db.source.deleteMany({ where: { datasetRecord: { startsWith: `ACLED E2E-${tag}` } } });
  }
});

test("a file over 10 MB arrives whole: every row is in the preview", async ({ apiTokenAs, request }) => {
  const { headers } = await apiTokenAs("analyst");
  const rows = 33_000;
  const buffer = Buffer.from(syntheticAcledCsv(rows));
  // Next.js cuts request bodies at 10 MB unless next.config.js says otherwise.
  expect(buffer.length).toBeGreaterThan(11 * 1024 * 1024);
  const upload = await request.post("/api/imports", { headers, multipart: { file: { name: "large.csv", mimeType: "text/csv", buffer } } });
  expect(upload.status()).toBe(200);
  const preview = ImportPreviewSchema.parse(await upload.json());
  expect(preview.counts).toEqual({ create: rows, update: 0, conflict: 0, reject: 0 });
  expect((await request.delete(`/api/imports/${preview.token}`, { headers })).status()).toBe(204);
});

test("a file that cannot be imported gets a clear message and writes nothing", async ({ page, db, signInAs }) => {
  await signInAs("analyst");
  const before = await db.incident.count();
  await page.goto("/import");
  const file = page.getByLabel("File to import");
  const preview = page.getByRole("button", { name: "Preview import" });
  const cases: [string, Buffer, RegExp][] = [
    ["sheet.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x00, 0x00]), /This file is not text/],
    ["people.csv", Buffer.from("name,age\nAli,30\n"), /The columns are not ACLED's or Atlas's: missing event_date, event_type, country/],
    ["empty-rows.csv", Buffer.from(`${HEADER}\r\n`), /The file has a header but no rows to import/],
    ["huge.csv", Buffer.from(`${HEADER}\r\n"${"x".repeat(1_000_001)}"`), /a field is longer than 1,000,000 characters/],
  ];
  for (const [name, buffer, message] of cases) {
    await file.setInputFiles({ name, mimeType: "application/octet-stream", buffer });
    await preview.click();
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  }
  expect(await db.incident.count()).toBe(before);
});

test("importing needs an analyst", async ({ page, request }) => {
  await page.goto("/import");
  await expect(page).toHaveURL(/\/login\?next=%2Fimport$/);
  await expect(page.getByLabel("File to import")).toHaveCount(0);
  const response = await request.post("/api/imports", { multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from(HEADER) } } });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthorized");
});
