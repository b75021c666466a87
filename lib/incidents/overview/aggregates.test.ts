import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { IncidentFilterSchema, type IncidentFilter } from "../filter/filter";
import { seedRollupIncidents, writeEveryWay } from "../trends/rollup-fixture";
import { BUCKET_UNITS, chooseBucketUnit, fillBuckets, type BucketUnit } from "./histogram";
import type { BucketRow } from "./bucket-sql";

// Hoisted above the imports: this file's modules load anew, with its mocks (tests/own-module-graph.ts).
await vi.hoisted(async () => (await import("@/tests/own-module-graph")).ownModuleGraph());

/**
 * The overview's aggregates from the rollups (decision 026) against the same aggregates over the
 * incidents (the scans they replace), on a real database (SQLite, or PostgreSQL under `npm run test:pg`), before and after writes of every
 * kind (trends/rollup-fixture.ts; trends.test.ts proves the rollups equal a recount after them).
 */
const test = vi.hoisted(() => ({ database: null as { url: string; remove: () => Promise<void> } | null }));
vi.mock("@/lib/db.server", async () => {
  const { freshDatabase } = await import("@/tests/fresh-database");
  const database = freshDatabase();
  test.database = database;
  return { db: database.db };
});
// Real databases: slower than pure tests, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });
const { db } = await import("@/lib/db.server");
const { dateExtentFromRollups, histogramRowsFromRollups, provinceStatsFromRollups } = await import("./aggregates-rollup.server");
const { dateExtentScan, histogramRowsScan, provinceStatsScan } = await import("./aggregates-scan.server");
const { dateExtent, histogramQuery, provinceStatsQuery } = await import("./aggregates.server");
afterAll(() => test.database?.remove());

beforeAll(() => seedRollupIncidents(db));

/** Filters the rollups answer: dates in whole months, part months, open ends, one month, none. */
const ROLLUP_FILTERS: Record<string, Record<string, unknown>> = {
  "no filter": {},
  "a province": { province: ["PK-KP"] },
  "two provinces over part months": { province: ["PK-KP", "PK-BA"], from: "2023-09-15", to: "2024-02-10" },
  "whole months": { from: "2024-01-01", to: "2024-06-30" },
  "from a day": { from: "2024-02-10" },
  "up to a day": { to: "2024-08-20" },
  "within one month": { from: "2024-03-05", to: "2024-03-25" },
  "two part months side by side": { from: "2024-03-05", to: "2024-04-20" },
  "a quarter, by day": { eventType: ["Battles"], from: "2024-01-10", to: "2024-03-31" },
  "a country and an event type, every status": { country: ["PAK"], eventType: ["Violence against civilians"], status: "all" },
  drafts: { status: "draft" },
  "drafts from a day": { status: "draft", from: "2024-01-05" },
  "nothing matches": { from: "2019-01-01", to: "2019-12-31" },
  "a country with no incidents": { country: ["AFG"] },
  // The killed rollups (decision 026, 2026-12-05): a minimum that is one of their thresholds.
  "killed >= 5": { minKilled: 5 },
  "killed >= 0 (a toll reported), a province": { minKilled: 0, province: ["PK-BA"] },
  "killed >= 10 over part months": { minKilled: 10, from: "2023-09-15", to: "2024-11-10" },
  "killed >= 1, every status, by day": { minKilled: 1, status: "all", from: "2024-01-10", to: "2024-03-31" },
  "killed >= 100: none": { minKilled: 100 },
};

/** Filters the rollups cannot answer: the overview scans the incidents. */
const SCAN_FILTERS: Record<string, Record<string, unknown>> = {
  "killed >= 4, not a threshold": { minKilled: 4 },
  "a perpetrator": { actor: ["Balochistan Liberation Army"] },
  "a sub-event type": { subEventType: ["Armed clash"] },
  "disputed figures": { disputed: "true" },
  text: { q: "checkpost" },
};

const filled = (rows: BucketRow[], range: { from: string; to: string }, unit: BucketUnit) =>
  fillBuckets(range.from, range.to, unit, new Map(rows.map((r) => [r.start, { count: Number(r.count), killed: Number(r.killed ?? 0) }])));

async function expectSameAnswers(filter: IncidentFilter) {
  const scanned = await provinceStatsScan(filter);
  expect(await provinceStatsFromRollups(filter)).toEqual(scanned);
  const extent = await dateExtentScan(filter);
  expect(await dateExtentFromRollups(filter)).toEqual(extent);
  if (!extent) return;
  const range = { from: filter.from ?? extent.from, to: filter.to ?? extent.to };
  for (const unit of BUCKET_UNITS) {
    const fromRollups = await histogramRowsFromRollups(filter, unit, range);
    expect(filled(fromRollups!, range, unit), unit).toEqual(filled(await histogramRowsScan(filter, unit), range, unit));
  }
}

function checkEveryFilter() {
  for (const [label, raw] of Object.entries(ROLLUP_FILTERS)) {
    it(`gives the scan's per-province counts, date extent and histogram from the rollups: ${label}`, async () => {
      const filter = IncidentFilterSchema.parse(raw);
      if (!["nothing matches", "a country with no incidents", "killed >= 100: none"].includes(label)) expect(await dateExtentScan(filter)).not.toBeNull();
      await expectSameAnswers(filter);
    });
  }

  for (const [label, raw] of Object.entries(SCAN_FILTERS)) {
    it(`scans the incidents for a filter the rollups do not hold: ${label}`, async () => {
      const filter = IncidentFilterSchema.parse(raw);
      expect(await provinceStatsFromRollups(filter)).toBeUndefined();
      expect(await dateExtentFromRollups(filter)).toBeUndefined();
      expect(await histogramRowsFromRollups(filter, "month", { from: "2023-01-01", to: "2025-12-31" })).toBeUndefined();
      const scanned = await provinceStatsScan(filter);
      expect(scanned.length).toBeGreaterThan(0);
      expect(await provinceStatsQuery(filter)).toEqual(scanned);
      const extent = await dateExtentScan(filter);
      expect(await dateExtent(filter)).toEqual(extent);
      // The histogram from one scan of the days gives the extent's range and buckets.
      const unit = chooseBucketUnit(extent!.from, extent!.to);
      expect(await histogramQuery(filter)).toEqual({ unit, ...extent, buckets: filled(await histogramRowsScan(filter, unit), extent!, unit) });
    });
  }
}

describe("the overview's aggregates", () => {
  checkEveryFilter();

  it("draws the histogram the analyst sees from the rollups", async () => {
    const histogram = await histogramQuery(IncidentFilterSchema.parse({ province: ["PK-BA"], from: "2024-01-10", to: "2024-03-31" }));
    expect(histogram?.unit).toBe("day");
    expect(histogram?.buckets.length).toBe(82);
    expect(histogram?.buckets.reduce((t, b) => t + b.count, 0)).toBeGreaterThan(0);
  });
});

describe("the overview's aggregates after writes of every kind", () => {
  beforeAll(() => writeEveryWay(db, test.database!.url));
  checkEveryFilter();
});
