import { expect, test } from "./fixtures";

test("GET /api/openapi.json describes the API in OpenAPI 3.1", async ({ request }) => {
  const doc = await (await request.get("/api/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/incidents", "/api/export.csv", "/api/imports"]));
  expect(doc.paths["/api/incidents"].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["province", "from", "cursor"]));
  expect(doc.components.schemas.IncidentRecord.properties.killed).toBeDefined();
});

test("the API reference page lists endpoints, parameters and schemas", async ({ page }) => {
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  const list = page.getByRole("region", { name: "GET /api/incidents" });
  await expect(list.getByRole("table", { name: "Parameters" }).getByRole("row", { name: /province query/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "GET /api/export.geojson" })).toContainText("RFC 7946");
  await page.getByText("IncidentRecord", { exact: true }).click();
  await expect(page.getByText('"externalId"')).toBeVisible();
});
