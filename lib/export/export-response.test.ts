import { afterAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident } from "@/lib/incidents/write/write-incident";
import { buildIncident } from "@/prisma/factories";
import { LOAD_LIMITS } from "@/lib/limits/load-limits";

// Hoisted above the imports: this file's modules load anew, with its mocks (tests/own-module-graph.ts).
await vi.hoisted(async () => (await import("@/tests/own-module-graph")).ownModuleGraph());

const test = vi.hoisted(() => ({ database: null as { remove: () => Promise<void> } | null }));
vi.mock("@/lib/db.server", async () => {
  const { freshDatabase: fresh } = await import("@/tests/fresh-database");
  const database = fresh();
  test.database = database;
  return { db: database.db };
});
// Every request here comes from one anonymous client.
vi.mock("@/lib/limits/request-client.server", () => ({ requestClient: async () => "address:unknown" }));

const { exportResponse } = await import("./export-response.server");
const { db } = await import("@/lib/db.server");
for (let i = 1; i <= 250; i++) await insertIncident(db, IncidentInputSchema.parse(buildIncident({}, i)));
afterAll(() => test.database?.remove());

const request = () => new NextRequest("http://atlas.test/api/export.csv");

describe("exports per client", () => {
  it(`runs ${LOAD_LIMITS.exportsPerClient} at once for a client, refuses the next with 429 and Retry-After, and frees a slot when a download ends or is cancelled`, async () => {
    const open = [await exportResponse(request(), "csv"), await exportResponse(request(), "csv")];
    expect(open.map((r) => r.status)).toEqual([200, 200]);

    const refused = await exportResponse(request(), "csv");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatchObject({ code: "rate_limited", message: expect.stringContaining("At most 2 exports") });

    await open[0]!.body!.cancel();
    const third = await exportResponse(request(), "csv");
    expect(third.status).toBe(200);
    const text = await third.text();
    expect(text.trim().split("\r\n")).toHaveLength(251);
    const fourth = await exportResponse(request(), "csv");
    expect(fourth.status).toBe(200);
    await Promise.all([open[1]!.body!.cancel(), fourth.body!.cancel()]);
  });
});

describe("a fast reader", () => {
  it("leaves the event loop free between pages: a timer set before the download fires before its end", async () => {
    const response = await exportResponse(request(), "json");
    const reader = response.body!.getReader();
    let chunks = 0;
    let chunksWhenTimerFired: number | null = null;
    setTimeout(() => (chunksWhenTimerFired = chunks), 0);
    for (;;) {
      const { done } = await reader.read();
      if (done) break;
      chunks++;
    }
    expect(chunks).toBeGreaterThan(3);
    expect(chunksWhenTimerFired).not.toBeNull();
    expect(chunksWhenTimerFired!).toBeLessThan(chunks);
  });
});
