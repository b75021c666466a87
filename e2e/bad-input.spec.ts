import { expect, test } from "./fixtures";
import { buildIncident } from "@/prisma/factories";

/**
 * Malformed input is the client's mistake: a 400 with the API's error shape (or a page's "not found"),
 * never a 500. The fuzz specs (fuzz-*.spec.ts) throw random bodies; these are the cases found by hand.
 */
const TITLE = "E2E bad input:";
const BROKEN = "\ud800"; // half of a surrogate pair: JSON can carry it, UTF-8 cannot

test.afterEach(async ({ db }) => {
  await db.incident.deleteMany({ where: { title: { startsWith: TITLE } } });
});

const valid = () =>
  buildIncident({ title: `${TITLE} incident`, eventDate: "2016-06-06", sources: [{ url: "https://www.dawn.com/news/e2e-bad-input", outlet: "Dawn" }] });

test("a lone surrogate in a JSON text field is a 400 naming the field, and nothing is written", async ({ request, db, apiTokenAs, makeIncident }) => {
  const { headers } = await apiTokenAs("analyst");
  const before = await db.incident.count();
  const created = await request.post("/api/incidents", { data: { ...valid(), title: `${TITLE} ${BROKEN}` }, headers });
  expect(created.status()).toBe(400);
  expect((await created.json()).error.fields.title).toEqual([expect.stringMatching(/Title contains a broken character/)]);
  const inSource = await request.post("/api/incidents", {
    data: { ...valid(), sources: [{ url: "https://www.dawn.com/x", outlet: `Dawn${BROKEN}` }] },
    headers,
  });
  expect(inSource.status()).toBe(400);
  expect(Object.keys((await inSource.json()).error.fields)).toEqual(["sources.0.outlet"]);
  expect(await db.incident.count()).toBe(before);

  const id = await makeIncident({ title: `${TITLE} to patch`, eventDate: "2016-07-07" });
  const patched = await request.patch(`/api/incidents/${id}`, { data: { ...valid(), summary: `x\udc00y`, version: 1 }, headers });
  expect(patched.status()).toBe(400);
  expect(Object.keys((await patched.json()).error.fields)).toEqual(["summary"]);
  expect((await db.incident.findUniqueOrThrow({ where: { id }, select: { version: true } })).version).toBe(1);

  const extracted = await request.post("/api/extract", { data: { text: `An attack in Mir Ali ${BROKEN}` }, headers });
  expect(extracted.status()).toBe(400);
  expect((await extracted.json()).error.fields.text).toEqual([expect.stringMatching(/broken character/)]);
});

test("an out-of-range or malformed query parameter is a 400, not a 500", async ({ request }) => {
  for (const query of [
    "cursor=99999999999999999999",
    "cursor=9007199254740993",
    "cursor=-1",
    "limit=1e999",
    "minKilled=99999999999999999999",
    "minKilled=1e999",
    "from=2024-02-30",
  ]) {
    const res = await request.get(`/api/incidents?${query}`);
    expect(res.status(), query).toBeLessThan(500);
    if (res.status() !== 200) expect((await res.json()).error.code, query).toBe("bad_request");
  }
  expect((await request.get("/api/incidents?cursor=99999999999999999999")).status()).toBe(400);
  // A date that cannot be read is refused, not dropped: an unfiltered answer would pass for a filtered one.
  for (const path of ["/api/incidents", "/api/incidents/map", "/api/export.csv", "/api/export.geojson"]) {
    for (const query of ["from=notadate", "to=2024-02-30"]) expect((await request.get(`${path}?${query}`)).status(), `${path}?${query}`).toBe(400);
  }
});

test("ids in paths that are not records answer 400 or 404, never 500", async ({ request }) => {
  for (const path of ["/api/incidents/1e999", "/api/incidents/abc", "/api/incidents/99999999999999999999", "/api/incidents/-1", "/api/incidents/0"]) {
    expect([400, 404], path).toContain((await request.get(path)).status());
  }
  for (const path of ["/incidents/abc", "/incidents/1e999", "/incidents/99999999999999999999", "/incidents/1e999/history"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  // A percent-escape that decodes to no text: Next.js cannot make route params of it.
  for (const path of ["/api/incidents/%FF", "/api/imports/%ED%A0%80", "/api/auth/%FF", "/incidents/%FF", "/incidents/%FF/edit", "/invite/%ED%A0%80"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    if (path.startsWith("/api/")) expect((await res.json()).error.code, path).toBe("bad_request");
  }
});

test("a page opened with an unreadable filter date says so and keeps the rest of the filter", async ({ page }) => {
  await page.goto("/incidents?from=2024-02-30&province=PK-KP");
  const problems = page.getByRole("alert").filter({ hasText: "filter could not be read" });
  await expect(problems).toContainText("Part of this link's filter could not be read and is left out; the rest of the filter applies.");
  await expect(problems).toContainText("from must be a date as YYYY-MM-DD");
  await expect(page.getByRole("link", { name: "Remove filter Province: Khyber Pakhtunkhwa" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "match the filter" })).toHaveText(/^\d+ incidents? match the filter$/);
});
