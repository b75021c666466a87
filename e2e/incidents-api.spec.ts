import { expect, test } from "./fixtures";

type Item = { id: number; title: string; province: string; sources: { url: string }[]; claims: { kind: string }[] };

test("GET /api/incidents filters by province and carries sources and claims", async ({ request }) => {
  const kp = await request.get("/api/incidents", { params: { province: "Khyber Pakhtunkhwa", q: "Mir Ali", limit: "50" } });
  expect(kp.status()).toBe(200);
  const { items } = (await kp.json()) as { items: Item[] };
  const mirAli = items.find((i) => i.title.includes("security post in Mir Ali"));
  expect(mirAli).toBeDefined();
  expect(items.every((i) => i.province === "Khyber Pakhtunkhwa")).toBe(true);
  expect(mirAli!.sources.map((s) => s.url)).toContain("https://www.arabnews.pk/node/2478126/pakistan");
  expect(mirAli!.claims.map((c) => c.kind)).toEqual(expect.arrayContaining(["origin", "denial"]));

  const balochistan = await request.get("/api/incidents", { params: { province: "PK-BA", q: "Mir Ali" } });
  expect(((await balochistan.json()) as { items: Item[] }).items).toEqual([]);
});

test("GET /api/incidents pages with a cursor", async ({ request }) => {
  const first = await (await request.get("/api/incidents", { params: { limit: "10" } })).json();
  expect(first.items).toHaveLength(10);
  const second = await (await request.get("/api/incidents", { params: { limit: "10", cursor: first.nextCursor } })).json();
  const ids = new Set([...first.items, ...second.items].map((i: Item) => i.id));
  expect(ids.size).toBe(20);
  expect(first.nextCursor).toMatch(/^\d{4}-\d{2}-\d{2}_\d+$/);
  // A cursor of the earlier form, the last record's id alone, goes on from the same place.
  const byId = await (await request.get("/api/incidents", { params: { limit: "10", cursor: String(first.items[9].id) } })).json();
  expect(byId.items.map((i: Item) => i.id)).toEqual(second.items.map((i: Item) => i.id));
  for (const bad of ["2024-02-30_5", "none_2024-03-16_5", "abc"]) {
    const response = await request.get("/api/incidents", { params: { cursor: bad } });
    expect(response.status(), bad).toBe(400);
    expect((await response.json()).error.fields.cursor).toEqual(["cursor is not valid: use nextCursor from the previous page"]);
  }
});

test("GET /api/incidents rejects a bad filter with field errors", async ({ request }) => {
  const response = await request.get("/api/incidents", { params: { province: "Atlantis", limit: "9999" } });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.error.code).toBe("bad_request");
  expect(JSON.stringify(body.error.fields)).toContain("Unknown province: Atlantis");
});

test("GET /api/incidents/:id returns one record, 404 for an unknown id, 400 for a malformed one", async ({ request }) => {
  const list = await (await request.get("/api/incidents", { params: { q: "security post in Mir Ali" } })).json();
  const id = list.items[0].id;
  const one = await request.get(`/api/incidents/${id}`);
  expect(one.status()).toBe(200);
  expect((await one.json()).killed.securityForces).toBe(7);

  const missing = await request.get("/api/incidents/999999");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");

  for (const bad of ["abc", "-1", "1.5", "0"]) {
    const response = await request.get(`/api/incidents/${bad}`);
    expect(response.status(), bad).toBe(400);
  }
});

test("the actor filter matches a name or an alias whatever its case, in the API, its exports and the overview", async ({ request, page }) => {
  const exact = (await (await request.get("/api/incidents?actor=Tehreek-e-Taliban Pakistan&limit=100")).json()) as { items: { id: number }[] };
  expect(exact.items.length).toBeGreaterThan(0);
  for (const typed of ["tehreek-e-taliban pakistan", "ttp"]) {
    const found = (await (await request.get(`/api/incidents?actor=${encodeURIComponent(typed)}&limit=100`)).json()) as { items: { id: number }[] };
    expect(
      found.items.map((i) => i.id),
      typed,
    ).toEqual(exact.items.map((i) => i.id));
    const exported = (await (await request.get(`/api/export.json?actor=${encodeURIComponent(typed)}`)).json()) as { items: unknown[] };
    expect(exported.items, typed).toHaveLength(exact.items.length);
  }
  await page.goto("/incidents?actor=ttp");
  await expect(page.getByRole("status").filter({ hasText: "match the filter" })).toHaveText(new RegExp(`^${exact.items.length} incidents? match the filter$`));
});
