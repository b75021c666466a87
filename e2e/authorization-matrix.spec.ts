import path from "node:path";
import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { findMutations } from "@/lib/auth/find-mutations";
import { MUTATION_MIN_ROLE, type MinRole } from "@/lib/auth/authorization-matrix";
import { ROLES, roleAtLeast, type Role } from "@/lib/auth/roles";

/**
 * The route-handler half of the authorization matrix (server actions: lib/auth/authorization-matrix.test.ts).
 * Every mutating handler is found from the source; each gets a request that writes nothing even when
 * allowed (a body that fails validation, a stale version, an unknown upload), so "allowed" means
 * "not 401/403" and "denied" means 401 signed out, 403 without the role.
 */
const routes = findMutations(path.resolve(__dirname, "..")).filter((m) => m.kind === "route");

type Call = { url: string; method: string; data?: unknown; multipart?: Record<string, { name: string; mimeType: string; buffer: Buffer }> };
const CALLS: Record<string, (incidentId: number) => Call> = {
  "app/api/incidents/route.ts#POST": () => ({ url: "/api/incidents", method: "POST", data: {} }),
  "app/api/incidents/[id]/route.ts#PATCH": (id) => ({ url: `/api/incidents/${id}`, method: "PATCH", data: { title: "Matrix", version: 999 } }),
  "app/api/imports/route.ts#POST": () => ({
    url: "/api/imports",
    method: "POST",
    multipart: { file: { name: "empty.csv", mimeType: "text/csv", buffer: Buffer.from("") } },
  }),
  "app/api/imports/[token]/route.ts#POST": () => ({ url: `/api/imports/${randomUUID()}`, method: "POST" }),
  "app/api/imports/[token]/route.ts#DELETE": () => ({ url: `/api/imports/${randomUUID()}`, method: "DELETE" }),
  "app/api/extract/route.ts#POST": () => ({ url: "/api/extract", method: "POST", data: { text: "On 16 March 2024 militants attacked a post in Mir Ali." } }),
};
// better-auth's own endpoints (sign-in, sign-out) are open by design and check their own sessions.
const UNEXERCISED = new Set(["app/api/auth/[...all]/route.ts#POST"]);

const allowed = (min: MinRole, who: "anonymous" | Role) => min === "anonymous" || (who !== "anonymous" && roleAtLeast(who, min));
const expectedStatus = (min: MinRole, who: "anonymous" | Role) => (allowed(min, who) ? "allowed" : who === "anonymous" ? 401 : 403);

async function send(request: APIRequestContext, call: Call, headers: Record<string, string>) {
  const response = await request.fetch(call.url, { method: call.method, data: call.data, multipart: call.multipart, headers });
  const status = response.status();
  return status === 401 || status === 403 ? status : "allowed";
}

test("every mutating route handler is in the expectations table and has a request here", () => {
  expect(routes.length).toBeGreaterThan(3);
  for (const route of routes) {
    expect(MUTATION_MIN_ROLE, `${route.key} needs an entry in lib/auth/authorization-matrix.ts`).toHaveProperty([route.key]);
    expect(UNEXERCISED.has(route.key) || route.key in CALLS, `${route.key} needs a request in CALLS`).toBe(true);
  }
});

for (const who of ["anonymous", ...ROLES] as const) {
  test(`route handlers as ${who}: session cookie and API token`, async ({ page, request, signInAs, apiTokenAs, makeIncident, db, baseURL }) => {
    const id = await makeIncident({ title: `E2E matrix ${who}`, eventDate: "2017-04-04" });
    const auditBefore = await db.auditEvent.count();
    const token = who === "anonymous" ? null : (await apiTokenAs(who)).headers;
    if (who !== "anonymous") await signInAs(who);
    for (const route of routes.filter((r) => !UNEXERCISED.has(r.key))) {
      const call = CALLS[route.key]!(id);
      const min = MUTATION_MIN_ROLE[route.key]!;
      expect(await send(page.request, call, { origin: baseURL! }), `${route.key} by ${who} (cookie)`).toBe(expectedStatus(min, who));
      if (token) expect(await send(request, call, token), `${route.key} by ${who} (token)`).toBe(expectedStatus(min, who));
    }
    expect(await db.incident.findUnique({ where: { id }, select: { title: true, version: true } })).toEqual({ title: `E2E matrix ${who}`, version: 1 });
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });
}

/** Pages for staff, with the least role that may use them (the server actions behind them: authorization-matrix.test.ts). */
const PAGES: { path: string; heading: string; min: Role }[] = [
  { path: "/review", heading: "Review", min: "analyst" },
  { path: "/admin/settings", heading: "Settings", min: "admin" },
];

for (const who of ["anonymous", ...ROLES] as const) {
  test(`review pages and unpublished records as ${who}`, async ({ page, request, signInAs, apiTokenAs, makeIncident }) => {
    const title = `E2E matrix draft ${who} ${Date.now().toString(36)}`;
    const id = await makeIncident({ title, eventDate: "2017-06-06", status: "draft" });
    const published = await makeIncident({ title: `${title} published`, eventDate: "2017-06-07" });
    const token = who === "anonymous" ? null : (await apiTokenAs(who)).headers;
    if (who !== "anonymous") await signInAs(who);
    for (const { path, heading, min } of PAGES) {
      await page.goto(path);
      if (who === "anonymous") await expect(page, path).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(path)}`));
      else if (!roleAtLeast(who, min)) await expect(page.getByText(`You need ${min} access`), path).toBeVisible();
      else await expect(page.getByRole("heading", { level: 1, name: heading }), path).toBeVisible();
    }
    // Drafts, records in review and rejected ones: staff only, everywhere; 404 by id for anyone else,
    // and for them `status=draft` is dropped: they get what everyone gets, the published records.
    const staff = who === "analyst" || who === "admin";
    expect((await page.goto(`/incidents/${id}`))?.status(), "the draft's page").toBe(staff ? 200 : 404);
    expect((await page.goto(`/incidents/${id}/history`))?.status(), "the draft's History").toBe(staff ? 200 : 404);
    expect((await page.goto(`/incidents/${published}`))?.status(), "a published record").toBe(200);
    const clients: [string, Record<string, string> | undefined][] = [
      ["cookie", undefined],
      ...(token ? [["token", token] as [string, Record<string, string>]] : []),
    ];
    for (const [via, headers] of clients) {
      const client = via === "cookie" ? page.request : request;
      expect((await client.get(`/api/incidents/${id}`, { headers })).status(), `GET the draft by ${via}`).toBe(staff ? 200 : 404);
      const list = await (await client.get("/api/incidents", { params: { q: title, status: "draft" }, headers })).json();
      expect(
        list.items.map((i: { title: string }) => i.title),
        `list drafts by ${via}`,
      ).toEqual(staff ? [title] : [`${title} published`]);
      const all = await (await client.get("/api/incidents", { params: { q: title }, headers })).json();
      expect(
        all.items.map((i: { title: string }) => i.title),
        `list without status by ${via}`,
      ).toEqual([`${title} published`]);
    }
  });
}

test("a cookie-authenticated write from another site is refused", async ({ page, signInAs, makeIncident }) => {
  await signInAs("admin");
  const id = await makeIncident({ title: "E2E matrix cross-site", eventDate: "2017-05-05" });
  for (const route of routes.filter((r) => MUTATION_MIN_ROLE[r.key] !== "anonymous")) {
    const call = CALLS[route.key]!(id);
    expect(await send(page.request, call, { origin: "https://evil.example" }), route.key).toBe(403);
  }
});

test("a malformed or unknown API token is refused, not treated as signed out", async ({ request }) => {
  for (const authorization of ["Bearer nonsense", `Bearer atlas_${"x".repeat(43)}`]) {
    expect((await request.post("/api/incidents", { data: {}, headers: { authorization } })).status()).toBe(401);
  }
});
