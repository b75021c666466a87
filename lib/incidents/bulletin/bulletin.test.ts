import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FILTERS } from "@/scripts/bench/query-figures";
import { IncidentFilterSchema } from "../filter/filter";
import { seedRollupIncidents, writeEveryWay } from "../trends/rollup-fixture";
import type { Period } from "../trends/compare-periods";

// Hoisted above the imports: this file's modules load anew, with its mocks (tests/own-module-graph.ts).
await vi.hoisted(async () => (await import("@/tests/own-module-graph")).ownModuleGraph());

/**
 * The bulletin's reads (rollups or one pass, lists as ids: decision 022, amendment of 2026-12-06)
 * against the query per figure they replaced (bulletin-reference.server.ts, counting the incidents
 * themselves, without the monthly rollups), on a real database
 * (SQLite, or PostgreSQL under `npm run test:pg`): every bench filter and a few more, over whole
 * months, a year, part months and days, before and after writes of every kind.
 */
const test = vi.hoisted(() => ({ database: null as { url: string; remove: () => Promise<void> } | null, rollups: true }));
vi.mock("@/lib/db.server", async () => {
  const { freshDatabase } = await import("@/tests/fresh-database");
  const database = freshDatabase();
  test.database = database;
  return { db: database.db };
});
// The reference reads share figuresFor and eventTypeTrends with the trends page, which read the monthly
// rollups when they can: turned off for the reference, they count the incidents themselves.
vi.mock("../trends/month-rollup.server", async (importOriginal) => {
  const real = await importOriginal<typeof import("../trends/month-rollup.server")>();
  return {
    ...real,
    rollupScan: (...args: Parameters<typeof real.rollupScan>) => (test.rollups ? real.rollupScan(...args) : Promise.resolve(null)),
    rollupFigures: (...args: Parameters<typeof real.rollupFigures>) => (test.rollups ? real.rollupFigures(...args) : Promise.resolve(null)),
  };
});
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const { db } = await import("@/lib/db.server");
const { bulletinQuery } = await import("./bulletin.server");
const { bulletinByQueries } = await import("./bulletin-reference.server");
afterAll(() => test.database?.remove());

/** Claims on a third of the incidents, some undated, so the claims' order and count are compared too. */
async function addClaims() {
  const incidents = await db.incident.findMany({ select: { id: true, sources: { select: { sourceId: true }, take: 1 } }, orderBy: { id: "asc" } });
  for (const { id, sources } of incidents.filter((_, n) => n % 3 === 0)) {
    for (let k = 0; k < 1 + (id % 3); k++) {
      await db.claim.create({
        data: {
          incidentId: id,
          kind: k % 2 === 0 ? "responsibility" : "denial",
          claimantName: `Group ${k}`,
          subject: "the attack",
          statement: `Statement ${id}-${k}`,
          madeOn: (id + k) % 4 === 0 ? null : new Date(Date.UTC(2024, (id + k) % 12, 1 + (k % 27))),
          position: k,
          // Cited, as the form requires (a merge re-validates the claims).
          sourceId: sources[0]?.sourceId ?? null,
        },
      });
    }
  }
}

const MORE: Record<string, Record<string, unknown>> = {
  "actor BLA": { actor: ["Balochistan Liberation Army"] },
  "text 'checkpost'": { q: "checkpost" },
  "disputed, KP": { disputed: "true", province: ["PK-KP"] },
  "sub-event": { subEventType: ["Armed clash"] },
  "killed >= 5": { minKilled: 5 },
  "killed >= 3, Battles": { minKilled: 3, eventType: ["Battles"] },
  "killed >= 0, KP": { minKilled: 0, province: ["PK-KP"] },
  "killed >= 10, every status": { minKilled: 10, status: "all" },
  "killed >= 4 (not a threshold)": { minKilled: 4 },
  "any status": { status: "all" },
};

const PERIODS: Period[] = [
  { from: "2024-06-01", to: "2024-06-30" },
  { from: "2025-01-01", to: "2025-03-31" },
  { from: "2024-01-01", to: "2024-12-31" },
  { from: "2024-03-05", to: "2024-04-20" },
  { from: "2023-11-10", to: "2023-11-10" },
  { from: "2024-02-01", to: "2024-02-29" },
];

async function compareAll() {
  for (const [label, raw] of Object.entries({ ...FILTERS, ...MORE })) {
    const filter = IncidentFilterSchema.parse(raw);
    for (const period of PERIODS) {
      const now = await bulletinQuery(filter, period);
      test.rollups = false;
      const before = await bulletinByQueries(filter, period).finally(() => (test.rollups = true));
      expect(now, `${label}, ${period.from}..${period.to}`).toEqual(before);
    }
  }
}

beforeAll(async () => {
  await seedRollupIncidents(db);
  await addClaims();
});

describe("bulletinQuery", () => {
  it("gives exactly what a query per figure gave, for every bench filter and period", compareAll);

  it("still does after writes of every kind", async () => {
    await writeEveryWay(db, test.database!.url);
    await compareAll();
  });

  it("has something to compare: figures, lists, claims and charts", async () => {
    const b = await bulletinQuery(IncidentFilterSchema.parse({}), { from: "2024-01-01", to: "2024-12-31" });
    expect(b.figures.current.count).toBeGreaterThan(10);
    expect(b.figures.disputed).toBeGreaterThan(0);
    expect(b.behind.previous.length).toBeGreaterThan(0);
    expect(b.behind.disputed.length).toBeGreaterThan(0);
    expect(b.claims.length).toBeGreaterThan(3);
    expect(b.provinces.length).toBeGreaterThan(1);
    expect(b.trends.byEventType.length).toBeGreaterThan(1);
  });
});
