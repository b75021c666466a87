import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ROLLUP_TABLES } from "@/tests/rollup-tables";
import { findProvince } from "@/lib/taxonomy/provinces";
import { checkRollupsWithClient } from "../rollups/check-rollups";
import { IncidentFilterSchema, type IncidentFilter } from "../filter/filter";
import { filterToWhere } from "../filter/filter-where";
import { currentPeriod, previousPeriod, yearEarlier, type Period } from "./compare-periods";
import { monthsBetween, type Month } from "./months";
import type { Trends, TrendSeries } from "./trends-types";
import { seedRollupIncidents, writeEveryWay } from "./rollup-fixture";
import { pgTestRun } from "@/tests/postgres/pg-test-database";

// Hoisted above the imports: this file's modules load anew, with its mocks (tests/own-module-graph.ts).
await vi.hoisted(async () => (await import("@/tests/own-module-graph")).ownModuleGraph());

/**
 * The trends page's one scan (decision 023) against a straightforward recount: the filter's incidents
 * read through Prisma (filterToWhere) and counted one by one, on a real database (SQLite, or PostgreSQL under `npm run test:pg`). Filters on
 * the monthly rollup's columns alone read it instead (decision 025): after writes of every kind, the
 * figures and the rollup itself must still equal a recount.
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
const { trendsQuery } = await import("./trends.server");
const { rollupPerpetrators } = await import("./perpetrator-rollup.server");
const { perpetratorsScan } = await import("./perpetrators.server");
const { trendScan } = await import("./trends.server");
const { scanWithPerpetrators, scanWithPerpetratorsSql } = await import("./scan-with-perpetrators.server");
const { scanExtent } = await import("./fold-trend-scan");
const { filterToSql } = await import("../filter/filter-sql");
afterAll(() => test.database?.remove());

beforeAll(() => seedRollupIncidents(db));

type Counted = {
  eventDate: string;
  provinceIso: string | null;
  eventType: string;
  killed: number;
  security: number;
  civilians: number;
  militants: number;
  perpetrators: string[];
};

async function incidents(filter: IncidentFilter): Promise<Counted[]> {
  const rows = await db.incident.findMany({
    where: filterToWhere(filter),
    select: {
      eventDate: true,
      provinceIso: true,
      eventType: true,
      killedTotal: true,
      killedSecurity: true,
      killedCivilians: true,
      killedMilitants: true,
      actors: { where: { role: "perpetrator" }, select: { actor: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    eventDate: r.eventDate.toISOString().slice(0, 10),
    provinceIso: r.provinceIso,
    eventType: r.eventType,
    killed: r.killedTotal ?? 0,
    security: r.killedSecurity ?? 0,
    civilians: r.killedCivilians ?? 0,
    militants: r.killedMilitants ?? 0,
    perpetrators: r.actors.map((a) => a.actor.name),
  }));
}

function series(rows: Counted[], months: Month[], keys: (r: Counted) => string[], label: (key: string) => string): TrendSeries[] {
  const all = [...new Set(rows.flatMap(keys))];
  return all
    .map((key) => {
      const mine = rows.filter((r) => keys(r).includes(key));
      const figures = months.map((month) => {
        const inMonth = mine.filter((r) => r.eventDate.startsWith(month));
        return { month, count: inMonth.length, killed: inMonth.reduce((t, r) => t + r.killed, 0) };
      });
      return { key, label: label(key), total: { count: mine.length, killed: mine.reduce((t, r) => t + r.killed, 0) }, months: figures };
    })
    .sort((a, b) => b.total.count - a.total.count || b.total.killed - a.total.killed || a.label.localeCompare(b.label));
}

async function recount(filter: IncidentFilter): Promise<Trends | null> {
  const rows = await incidents(filter);
  if (rows.length === 0) return null;
  const days = rows.map((r) => r.eventDate).sort();
  const range = { from: filter.from ?? days[0]!, to: filter.to ?? days.at(-1)! };
  const months = monthsBetween(range.from, range.to);
  const figures = async (period: Period) => {
    const inPeriod = await incidents({ ...filter, ...period });
    return { ...period, count: inPeriod.length, killed: inPeriod.reduce((t, r) => t + r.killed, 0) };
  };
  const current = currentPeriod(filter, days.at(-1)!);
  return {
    range,
    months,
    byProvince: series(
      rows,
      months,
      (r) => (r.provinceIso ? [r.provinceIso] : []),
      (iso) => findProvince(iso)?.name ?? iso,
    ),
    byEventType: series(
      rows,
      months,
      (r) => [r.eventType],
      (t) => t,
    ),
    byPerpetrator: series(
      rows,
      months,
      (r) => r.perpetrators,
      (a) => a,
    ),
    victims: months.map((month) => {
      const inMonth = rows.filter((r) => r.eventDate.startsWith(month));
      const sum = (f: (r: Counted) => number) => inMonth.reduce((t, r) => t + f(r), 0);
      const [security, civilians, militants] = [sum((r) => r.security), sum((r) => r.civilians), sum((r) => r.militants)];
      return { month, security, civilians, militants, other: Math.max(0, sum((r) => r.killed) - security - civilians - militants) };
    }),
    comparison: { current: await figures(current), previous: await figures(previousPeriod(current)), yearEarlier: await figures(yearEarlier(current)) },
  };
}

const FILTERS: Record<string, Record<string, unknown>> = {
  "no filter": {},
  "a province": { province: ["PK-KP"] },
  "two provinces in 2024": { province: ["PK-KP", "PK-BA"], from: "2024-01-01", to: "2024-12-31" },
  "an event type from a day": { eventType: ["Battles"], from: "2024-02-10" },
  "up to a day": { to: "2024-08-20" },
  "killed >= 5": { minKilled: 5 },
  "a perpetrator": { actor: ["Balochistan Liberation Army"] },
  // An actor matches any role, and an incident naming two matched actors counts once.
  "two actors, any role": { actor: ["Tehreek-e-Taliban Pakistan", "Balochistan Liberation Army"] },
  "an actor in a province from a day, every status": { actor: ["Islamic State Khorasan"], province: ["PK-KP", "PK-BA"], from: "2024-02-10", status: "all" },
  "disputed figures": { disputed: "true" },
  "drafts and published": { status: "all" },
  "nothing matches": { from: "2019-01-01", to: "2019-12-31" },
  "a country and an event type": { country: ["PAK"], eventType: ["Violence against civilians"] },
  "whole months of a province, every status": { province: ["PK-BA"], from: "2023-09-01", to: "2024-06-30", status: "all" },
  "drafts from a month": { status: "draft", from: "2024-01-01" },
  // A minimum killed that is a threshold of the killed rollups reads them (decision 025, 2026-12-06); another scans.
  "killed >= 10 in a country": { minKilled: 10, country: ["PAK"] },
  "killed >= 0 (a reported toll)": { minKilled: 0 },
  "killed >= 3 in a province, whole months, every status": { minKilled: 3, province: ["PK-BA"], from: "2023-09-01", to: "2024-06-30", status: "all" },
  "killed >= 2, drafts": { minKilled: 2, status: "draft" },
  "killed >= 4 (not a threshold)": { minKilled: 4 },
  "killed >= 5 from a day (part months)": { minKilled: 5, from: "2024-02-10" },
};

/**
 * The perpetrator series from the rollup and from the scan it replaces (decision 025, amendment of
 * 2026-12-06), row for row, for every filter the rollup answers; the others must scan.
 */
async function comparePerpetratorPaths() {
  const sorted = <T extends { month: string; key: string }>(rows: T[]) =>
    [...rows].sort((a, b) => a.month.localeCompare(b.month) || a.key.localeCompare(b.key));
  const answered: string[] = [];
  for (const [label, raw] of Object.entries(FILTERS)) {
    const filter = IncidentFilterSchema.parse(raw);
    const rolled = await rollupPerpetrators(filter);
    if (!rolled) continue;
    answered.push(label);
    expect(sorted(rolled), label).toEqual(sorted(await perpetratorsScan(filterToSql(filter))));
  }
  expect(answered).toEqual([
    "no filter",
    "a province",
    "two provinces in 2024",
    "killed >= 5",
    "drafts and published",
    "nothing matches",
    "a country and an event type",
    "whole months of a province, every status",
    "drafts from a month",
    "killed >= 10 in a country",
    "killed >= 0 (a reported toll)",
    "killed >= 3 in a province, whole months, every status",
    "killed >= 2, drafts",
  ]);
}

/**
 * The one statement for the scan and the perpetrators (scan-with-perpetrators.server.ts) against the
 * two it replaces, for every filter the rollups do not answer: the same groups and the same
 * perpetrator rows; its groups carry the filter's first and last day, the scan's extent.
 */
async function compareOneStatement() {
  const byKey = <T extends { month: string }>(rows: T[], key: (r: T) => string) =>
    [...rows].sort((a, b) => a.month.localeCompare(b.month) || key(a).localeCompare(key(b)));
  const scanned: string[] = [];
  for (const [label, raw] of Object.entries(FILTERS)) {
    const filter = IncidentFilterSchema.parse(raw);
    if (await rollupPerpetrators(filter)) continue;
    scanned.push(label);
    const where = filterToSql(filter);
    const [one, groups, perpetrators] = [await scanWithPerpetrators(where), await trendScan(where), await perpetratorsScan(where)];
    const extent = scanExtent(groups);
    const group = (r: { province: string | null; type: string | null }) => `${r.province}|${r.type}`;
    expect(byKey(one.rows, group), label).toEqual(byKey(groups, group).map((r) => ({ ...r, first: extent!.from, last: extent!.to })));
    expect(
      byKey(one.perpetrators, (r) => r.key),
      label,
    ).toEqual(byKey(perpetrators, (r) => r.key));
  }
  expect(scanned.length).toBeGreaterThanOrEqual(6);
}

describe("trendsQuery", () => {
  it("reads the same perpetrator figures from the rollup as from the incidents", comparePerpetratorPaths);

  it("reads the same groups and perpetrators in one statement as in the two it replaces", compareOneStatement);

  it.runIf(pgTestRun() === null)("keeps the matched incidents as the outer loop on SQLite: IncidentActor is searched by incident, never scanned", async () => {
    const sql = scanWithPerpetratorsSql(filterToSql(IncidentFilterSchema.parse({ actor: ["Tehreek-e-Taliban Pakistan"] })));
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql.sql}`, ...sql.values);
    const details = plan.map((r) => r.detail);
    expect(details).toContain("SEARCH ia USING COVERING INDEX IncidentActor_incidentId_actorId_role_key (incidentId=?)");
    expect(details.filter((d) => /^SCAN ia\b/.test(d))).toEqual([]);
  });

  for (const [label, raw] of Object.entries(FILTERS)) {
    it(`gives exactly the recount's figures: ${label}`, async () => {
      const filter = IncidentFilterSchema.parse(raw);
      const expected = await recount(filter);
      if (label !== "nothing matches") expect(expected?.months.length).toBeGreaterThan(0);
      expect(await trendsQuery(filter)).toEqual(expected);
    });
  }
});

describe("the rollups after writes of every kind", () => {
  beforeAll(() => writeEveryWay(db, test.database!.url));

  it("hold exactly what a recount of the incidents gives, the monthly and the daily, plain, by killed and by perpetrator (decisions 025, 026)", async () => {
    const checks = await checkRollupsWithClient(db);
    expect(checks.map((c) => c.table)).toEqual(ROLLUP_TABLES);
    for (const check of checks) {
      expect(check.groups).toBeGreaterThan(10);
      expect(check.differences).toEqual([]);
    }
  });

  it("still reads the same perpetrator figures from the rollup as from the incidents", comparePerpetratorPaths);

  it("still reads the same groups and perpetrators in one statement as in two", compareOneStatement);

  for (const [label, raw] of Object.entries(FILTERS)) {
    it(`still gives exactly the recount's figures: ${label}`, async () => {
      const filter = IncidentFilterSchema.parse(raw);
      expect(await trendsQuery(filter)).toEqual(await recount(filter));
    });
  }
});
