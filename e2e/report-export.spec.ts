import { expect, test } from "./fixtures";
import { buildSource } from "@/prisma/factories";
import { parseCsv } from "@/lib/csv/parse-csv";

/**
 * The exchange of reports (issue #13, part 8): GET /api/export/reports.csv has a row per incident and
 * source with every reported figure and its quote, under the same filter and read rules as the other
 * exports; the incident exports carry source_count and figures_disputed.
 */
const TAG = "E2E report export";
const tolls = () => [
  {
    ...buildSource({ outlet: "Dawn" }, 71),
    report: { originator: "ISPR", figures: { "killed.total": { value: 7, quote: "Seven soldiers were killed, the ISPR said." } } },
  },
  { ...buildSource({ outlet: "Geo News" }, 72), report: { originator: null, figures: { "killed.total": { value: 9, quote: null } } } },
];
const incident = { title: `${TAG}: two tolls`, eventDate: "2013-03-13", latitude: 31.1, longitude: 67.1, killed: { total: null } as never, sources: tolls() };

test("reports.csv has a row per incident and source with each figure, its quote and the coded best; the incident exports count sources and flag disputes", async ({
  request,
  makeIncident,
}) => {
  const id = await makeIncident(incident);
  const response = await request.get(`/api/export/reports.csv?q=${encodeURIComponent(TAG)}&disputed=true`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="atlas-reports-filtered-\d{4}-\d{2}-\d{2}\.csv"$/);
  const [header, ...rows] = [...parseCsv(await response.text())].map((r) => r.fields);
  const at = (row: string[], name: string) => row[header!.indexOf(name)];
  expect(
    rows.map((r) => [
      at(r, "atlas_id"),
      at(r, "outlet"),
      at(r, "originator"),
      at(r, "killed_total"),
      at(r, "killed_total_quote"),
      at(r, "killed_total_coded_best"),
    ]),
  ).toEqual([
    [String(id), "Dawn", "ISPR", "7", "Seven soldiers were killed, the ISPR said.", "true"],
    [String(id), "Geo News", "", "9", "", "false"],
  ]);

  const csv = [...parseCsv(await (await request.get(`/api/export.csv?q=${encodeURIComponent(TAG)}`)).text())].map((r) => r.fields);
  const csvAt = (name: string) => csv[1]![csv[0]!.indexOf(name)];
  expect([csvAt("killed_low"), csvAt("killed_high"), csvAt("source_count"), csvAt("figures_disputed")]).toEqual(["7", "9", "2", "true"]);
  const json = await (await request.get(`/api/export.json?q=${encodeURIComponent(TAG)}`)).json();
  expect(json.items[0]).toMatchObject({ killed: { low: 7, high: 9 }, sourceCount: 2, figuresDisputed: true });
  const geojson = await (await request.get(`/api/export.geojson?q=${encodeURIComponent(TAG)}`)).json();
  expect(geojson.features[0].properties).toMatchObject({ killed_low: 7, killed_high: 9, source_count: 2, figures_disputed: true });
});

test("reports.csv refuses a bad filter in the API's error shape, and takes no writes", async ({ request, apiTokenAs }) => {
  for (const query of ["province=Atlantis", "disputed=maybe", "from=notadate", "minKilled=-1", "minKilled=1e999"]) {
    const response = await request.get(`/api/export/reports.csv?${query}`);
    expect(response.status(), query).toBe(400);
    expect((await response.json()).error.code, query).toBe("bad_request");
  }
  const { headers } = await apiTokenAs("admin");
  for (const method of ["post", "put", "delete"] as const) {
    expect((await request[method]("/api/export/reports.csv", { headers })).status(), method).toBe(405);
  }
});

test.describe("when reading is private", () => {
  test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_PRIVATE_PORT}` });

  test("reports.csv needs an account or a token, like the other exports", async ({ request, apiTokenAs, makeIncident }) => {
    await makeIncident({ ...incident, title: `${TAG}: private` });
    expect((await request.get("/api/export/reports.csv", { maxRedirects: 0 })).status()).toBe(401);
    expect((await request.get("/api/export/reports.csv", { headers: { Authorization: "Bearer atlas_not-a-real-token" }, maxRedirects: 0 })).status()).toBe(401);
    const { headers } = await apiTokenAs("viewer");
    const response = await request.get(`/api/export/reports.csv?q=${encodeURIComponent(`${TAG}: private`)}`, { headers });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Seven soldiers were killed, the ISPR said.");
  });
});
