import { expect, test } from "./fixtures";
import { buildClaim, buildIncident, buildSource } from "@/prisma/factories";

const TITLE = "E2E write API: incident";

test.afterEach(async ({ db }) => {
  await db.incident.deleteMany({ where: { title: { startsWith: TITLE } } });
});

const valid = () => buildIncident({ title: TITLE, eventDate: "2016-06-06", sources: [{ url: "https://www.dawn.com/news/e2e-write-api", outlet: "Dawn" }] });

test("POST /api/incidents creates an incident with the form's JSON shape", async ({ request, apiTokenAs }) => {
  const { headers } = await apiTokenAs("analyst");
  const res = await request.post("/api/incidents", { data: valid(), headers });
  expect(res.status()).toBe(201);
  const body = await res.json();
  // A new record is a draft, whatever status the body names (decision 017): staff read it, the public does not.
  expect(body).toMatchObject({ title: TITLE, province: "Khyber Pakhtunkhwa", killed: { total: 7 }, status: "draft" });
  expect(res.headers().location).toBe(`/api/incidents/${body.id}`);
  expect((await request.get(`/api/incidents/${body.id}`, { headers })).status()).toBe(200);
  expect((await request.get(`/api/incidents/${body.id}`)).status()).toBe(404);
});

test("POST /api/incidents answers 400 with field errors and writes nothing", async ({ request, db, apiTokenAs }) => {
  const { headers } = await apiTokenAs("analyst");
  const bad = {
    ...valid(),
    subEventType: "Armed clash",
    killed: { total: -1 },
    sources: [{ url: "javascript:alert(1)", outlet: "X" }],
  };
  const res = await request.post("/api/incidents", { data: bad, headers });
  expect(res.status()).toBe(400);
  const { error } = await res.json();
  expect(error.code).toBe("validation_failed");
  expect(error.fields).toMatchObject({
    subEventType: ['"Armed clash" is not a sub-type of Explosions/Remote violence'],
    "killed.total": ["A count cannot be negative"],
    "sources.0.url": ["Enter a web address starting with http:// or https://"],
  });
  expect(await db.incident.count({ where: { title: TITLE } })).toBe(0);
  const notJson = await request.post("/api/incidents", { data: "{not json", headers: { ...headers, "content-type": "application/json" } });
  expect(notJson.status()).toBe(400);
});

test("PATCH /api/incidents/:id replaces an incident, 400 for bad input, 404 for an unknown id", async ({ request, makeIncident, apiTokenAs }) => {
  const { headers } = await apiTokenAs("analyst");
  const id = await makeIncident({ title: `${TITLE} to patch`, eventDate: "2016-07-07", status: "draft" });
  const patched = await request.patch(`/api/incidents/${id}`, { data: { ...valid(), title: `${TITLE} patched`, version: 1 }, headers });
  expect(patched.status()).toBe(200);
  expect(await patched.json()).toMatchObject({ id, title: `${TITLE} patched`, version: 2 });

  const bad = await request.patch(`/api/incidents/${id}`, { data: { ...valid(), eventDate: "2999-01-01", latitude: 95, version: 2 }, headers });
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["eventDate", "latitude"]);

  expect((await request.patch("/api/incidents/999999999", { data: { ...valid(), version: 1 }, headers })).status()).toBe(404);
  expect((await request.patch("/api/incidents/abc", { data: { ...valid(), version: 1 }, headers })).status()).toBe(400);
  const noVersion = await request.patch(`/api/incidents/${id}`, { data: valid(), headers });
  expect(noVersion.status()).toBe(400);
  expect((await noVersion.json()).error.fields).toHaveProperty("version");
});

test("PATCH against an older version answers 409 with the current record and writes nothing", async ({ request, makeIncident, apiTokenAs, db }) => {
  const { headers } = await apiTokenAs("analyst");
  const id = await makeIncident({ title: `${TITLE} contested`, eventDate: "2016-08-08", status: "draft" });
  expect((await request.patch(`/api/incidents/${id}`, { data: { ...valid(), title: `${TITLE} first`, version: 1 }, headers })).status()).toBe(200);
  const stale = await request.patch(`/api/incidents/${id}`, { data: { ...valid(), title: `${TITLE} second`, version: 1 }, headers });
  expect(stale.status()).toBe(409);
  const body = await stale.json();
  expect(body).toMatchObject({ error: { code: "conflict" }, currentVersion: 2, current: { id, title: `${TITLE} first`, version: 2 } });
  expect(await db.incident.findUnique({ where: { id }, select: { title: true, version: true } })).toEqual({ title: `${TITLE} first`, version: 2 });
});

test("writing through the API needs an analyst: 401 anonymous, 403 viewer", async ({ request, apiTokenAs, makeIncident }) => {
  const id = await makeIncident({ title: `${TITLE} guarded`, eventDate: "2016-09-09" });
  expect((await request.post("/api/incidents", { data: valid() })).status()).toBe(401);
  expect((await request.patch(`/api/incidents/${id}`, { data: { ...valid(), version: 1 } })).status()).toBe(401);
  const { headers } = await apiTokenAs("viewer");
  expect((await request.post("/api/incidents", { data: valid(), headers })).status()).toBe(403);
  expect((await request.patch(`/api/incidents/${id}`, { data: { ...valid(), version: 1 }, headers })).status()).toBe(403);
});

test("GET /api/places searches the gazetteer and /api/places/province names the province of a point", async ({ request }) => {
  const places = await (await request.get("/api/places?q=Mir%20Ali")).json();
  expect(places.items[0]).toMatchObject({ name: "Mir Ali", district: "North Waziristan", province: "Khyber Pakhtunkhwa", lat: 32.97 });
  expect((await request.get("/api/places")).status()).toBe(400);
  expect((await request.get("/api/places?q=Mir&limit=500")).status()).toBe(400);

  const kp = await (await request.get("/api/places/province?lat=32.97&lng=70.27")).json();
  expect(kp.province).toMatchObject({ iso: "PK-KP", name: "Khyber Pakhtunkhwa" });
  const khost = await (await request.get("/api/places/province?lat=33.33951&lng=69.92041")).json();
  expect(khost.province).toMatchObject({ iso: "AF-KHO", countryIso3: "AFG" });
  expect((await request.get("/api/places/province?lat=abc&lng=70")).status()).toBe(400);
});

test("an incident's GET answer, with sources, actors and claims, is a valid PATCH body", async ({ request, makeIncident, apiTokenAs }) => {
  const { headers } = await apiTokenAs("analyst");
  const sources = [buildSource({}, 1), buildSource({ quote: "Seven soldiers were killed." }, 2)];
  const id = await makeIncident({
    title: `${TITLE} round trip`,
    eventDate: "2016-07-07",
    status: "draft",
    sources,
    actors: [{ name: "Tehrik-i-Taliban Pakistan", kind: "armed_group", role: "perpetrator", certainty: "claimed" }],
    claims: [buildClaim({ sourceUrl: sources[1]!.url }), buildClaim({ kind: "denial", claimantName: "A spokesman", sourceUrl: sources[0]!.url })],
  });
  const read = await (await request.get(`/api/incidents/${id}`, { headers })).json();
  expect(read.claims).toHaveLength(2);
  expect(read.claims[0].source.url).toBe(sources[1]!.url);

  const res = await request.patch(`/api/incidents/${id}`, { data: read, headers });
  expect(res.status()).toBe(200);
  const saved = await res.json();
  // A save replaces the claims, so their ids are new; everything else reads as before.
  const without = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
  const unchanged = (r: { claims: Record<string, unknown>[] }) => ({
    ...without(r, ["version", "updatedAt", "claims"]),
    claims: r.claims.map((c) => without(c, ["id"])),
  });
  expect(saved.version).toBe(read.version + 1);
  expect(unchanged(saved)).toEqual(unchanged(read));
});
