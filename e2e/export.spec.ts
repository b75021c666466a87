import { expect, test } from "./fixtures";
import { parseCsv } from "@/lib/csv/parse-csv";

test("exports the filtered list as CSV, GeoJSON and JSON, and the CSV reads back", async ({ page, makeIncident, signInAs }) => {
  const tag = `Exportville ${Date.now().toString(36)}`;
  await makeIncident({ title: `Attack in ${tag}, with "quotes", commas`, location: tag, summary: "Line one\nline two" });
  await makeIncident({ title: `Second attack in ${tag}`, location: tag, province: "Balochistan", district: "Quetta", latitude: 30.19, longitude: 67.01 });

  await page.goto(`/incidents?province=PK-KP&q=${encodeURIComponent(tag)}`);
  const exportNav = page.getByRole("navigation", { name: "Export" });
  const csvHref = await exportNav.getByRole("link", { name: "CSV", exact: true }).getAttribute("href");
  expect(csvHref).toBe(`/api/export.csv?province=PK-KP&q=${encodeURIComponent(tag).replace(/%20/g, "+")}`);

  const csv = await page.request.get(csvHref!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  // The name says what (Khyber Pakhtunkhwa, narrowed by a search) and when.
  expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="atlas-incidents-KP-filtered-\d{4}-\d{2}-\d{2}\.csv"/);
  const [header, ...rows] = [...parseCsv(await csv.text())].map((r) => r.fields);
  expect(header!.slice(0, 3)).toEqual(["event_id_cnty", "event_date", "year"]);
  expect(rows).toHaveLength(1);
  const cell = (name: string) => rows[0]![header!.indexOf(name)];
  expect(cell("title")).toBe(`Attack in ${tag}, with "quotes", commas`);
  expect(cell("notes")).toBe("Line one\nline two");
  expect(cell("admin1")).toBe("Khyber Pakhtunkhwa");

  const excel = await page.request.get(
    await exportNav
      .getByRole("link", { name: "CSV for Excel" })
      .getAttribute("href")
      .then((h) => h!),
  );
  expect((await excel.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  // A name of its own, so the two files do not overwrite each other in a downloads folder.
  expect(excel.headers()["content-disposition"]).toMatch(/attachment; filename="atlas-incidents-KP-filtered-\d{4}-\d{2}-\d{2}-excel\.csv"/);

  const geojson = await (await page.request.get((await exportNav.getByRole("link", { name: "GeoJSON" }).getAttribute("href"))!)).json();
  expect(geojson.type).toBe("FeatureCollection");
  expect(geojson.features).toHaveLength(1);
  expect(geojson.features[0].geometry).toEqual({ type: "Point", coordinates: [70.27, 32.97] });

  const json = await (await page.request.get((await exportNav.getByRole("link", { name: "JSON", exact: true }).getAttribute("href"))!)).json();
  expect(json.items.map((i: { title: string }) => i.title)).toEqual([`Attack in ${tag}, with "quotes", commas`]);

  // Re-read: importing the exported file would update the same incident, and nothing else.
  await signInAs("analyst");
  const preview = await page.request.post("/api/imports", { multipart: { file: { name: "export.csv", mimeType: "text/csv", buffer: await csv.body() } } });
  const body = await preview.json();
  expect(body).toMatchObject({ format: "atlas-csv", counts: { create: 0, update: 1, reject: 0 } });
  expect((await page.request.delete(`/api/imports/${body.token}`)).status()).toBe(204);
});

test("an export with a bad filter answers with the API's error shape", async ({ request }) => {
  const response = await request.get("/api/export.csv", { params: { province: "Atlantis" } });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.error.code).toBe("bad_request");
  expect(JSON.stringify(body.error.fields)).toContain("Unknown province: Atlantis");
});

test("text a spreadsheet would run is exported with a leading quote in both CSV variants, and importing the file reads it back as it was", async ({
  page,
  makeIncident,
  signInAs,
}) => {
  const tag = `Formulaville ${Date.now().toString(36)}`;
  const title = `=HYPERLINK("http://evil.example/phish","${tag}")`;
  await makeIncident({ title, location: `@${tag}`, summary: "-5 killed, say reports" });
  const cells = async (bom: boolean) => {
    const response = await page.request.get(`/api/export.csv?q=${encodeURIComponent(tag)}${bom ? "&bom=1" : ""}`);
    const [header, row] = [...parseCsv((await response.text()).replace(/^\uFEFF/, ""))].map((r) => r.fields);
    return { csv: await response.body(), cell: (name: string) => row![header!.indexOf(name)] };
  };
  for (const bom of [false, true]) {
    const { cell } = await cells(bom);
    expect([cell("title"), cell("location"), cell("notes")]).toEqual([`'${title}`, `'@${tag}`, "'-5 killed, say reports"]);
    expect(cell("fatalities")).toBe("7");
  }

  await signInAs("analyst");
  const { csv } = await cells(false);
  const preview = await page.request.post("/api/imports", { multipart: { file: { name: "export.csv", mimeType: "text/csv", buffer: csv } } });
  const body = await preview.json();
  expect(body).toMatchObject({ counts: { create: 0, update: 1, reject: 0 } });
  expect(body.rows[0].title).toBe(title);
  expect((await page.request.delete(`/api/imports/${body.token}`)).status()).toBe(204);
});
