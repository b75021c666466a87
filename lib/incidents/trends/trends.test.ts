import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident, replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { importText } from "@/tests/import-helpers";
import { buildIncident } from "@/prisma/factories";
import { findProvince } from "@/lib/taxonomy/provinces";
import { addDays } from "@/lib/dates/iso-date";
import { IncidentFilterSchema, type IncidentFilter } from "../filter/filter";
import { filterToWhere } from "../filter/filter-where";
import { currentPeriod, previousPeriod, yearEarlier, type Period } from "./compare-periods";
import { monthsBetween, type Month } from "./months";
import type { Trends, TrendSeries } from "./trends-types";

/**
 * The trends page's one scan (decision 023) against a straightforward recount: the filter's incidents
 * read through Prisma (filterToWhere) and counted one by one, on a real SQLite database. Filters on
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
const { db } = await import("@/lib/db.server");
const { trendsQuery } = await import("./trends.server");
afterAll(() => test.database?.remove());

const PROVINCES = ["Khyber Pakhtunkhwa", "Balochistan", "Punjab", null] as const;
const TYPES = [
  ["Battles", "Armed clash"],
  ["Explosions/Remote violence", "Suicide bomb"],
  ["Violence against civilians", "Attack"],
] as const;
const ACTORS = ["Tehreek-e-Taliban Pakistan", "Balochistan Liberation Army", "Islamic State Khorasan"];

beforeAll(async () => {
  // 90 incidents over two and a half years, every 10th day or so: tolls split, unsplit and unknown,
  // none to two perpetrators, a draft every 11th, one in the trash.
  for (let n = 1; n <= 90; n++) {
    const [eventType, subEventType] = TYPES[n % 3]!;
    const total = n % 7 === 0 ? null : (n * 5) % 13;
    const split = n % 4 === 0 && total !== null;
    const perpetrators = ACTORS.slice(n % 3, (n % 3) + (n % 3 === 2 ? 0 : n % 2 === 0 ? 2 : 1));
    const input = buildIncident(
      {
        eventDate: addDays("2023-06-01", n * 10 + (n % 5)),
        province: PROVINCES[n % 4]!,
        ...(PROVINCES[n % 4] === null ? { latitude: null, longitude: null } : {}),
        eventType,
        subEventType,
        suicide: subEventType === "Suicide bomb",
        status: n % 11 === 0 ? "draft" : "published",
        killed: split ? { total, securityForces: Math.floor(total / 2), civilians: 1 % (total + 1), militants: null, unknown: null } : { total },
        actors: perpetrators.map((name) => ({ name, kind: "armed_group" as const, role: "perpetrator" as const, certainty: "claimed" as const })),
      } as never,
      n,
    );
    const id = await insertIncident(db, IncidentInputSchema.parse(input));
    if (n === 45) await db.incident.update({ where: { id }, data: { deletedAt: new Date() } });
    // Derived from the sources' reports in the app; set directly here.
    if (n % 6 === 0) await db.incident.update({ where: { id }, data: { figuresDisputed: true } });
  }
});

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
  "disputed figures": { disputed: "true" },
  "drafts and published": { status: "all" },
  "nothing matches": { from: "2019-01-01", to: "2019-12-31" },
  "a country and an event type": { country: ["PAK"], eventType: ["Violence against civilians"] },
  "whole months of a province, every status": { province: ["PK-BA"], from: "2023-09-01", to: "2024-06-30", status: "all" },
  "drafts from a month": { status: "draft", from: "2024-01-01" },
};

/** The rollup's groups that hold incidents, and the same groups recounted from the incidents. */
async function rollupAndRecount() {
  const columns = `"month", "provinceIso", "countryIso3", "eventType", "status", "count", "killed", "security", "civilians", "militants"`;
  const rollup = await db.$queryRawUnsafe<unknown[]>(`SELECT ${columns} FROM "IncidentMonthRollup" WHERE "count" > 0 ORDER BY 1, 2, 3, 4, 5`);
  const recounted = await db.$queryRawUnsafe<
    unknown[]
  >(`SELECT substr("eventDate", 1, 7) AS "month", coalesce("provinceIso", '') AS "provinceIso", "countryIso3",
      "eventType", "status", COUNT(*) AS "count", coalesce(SUM("killedTotal"), 0) AS "killed", coalesce(SUM("killedSecurity"), 0) AS "security",
      coalesce(SUM("killedCivilians"), 0) AS "civilians", coalesce(SUM("killedMilitants"), 0) AS "militants"
    FROM "Incident" WHERE "deletedAt" IS NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`);
  const [emptied] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(
    `SELECT COUNT(*) AS n FROM "IncidentMonthRollup" WHERE "count" = 0 AND ("killed" <> 0 OR "security" <> 0 OR "civilians" <> 0 OR "militants" <> 0)`,
  );
  // SUM and COUNT come back as bigint, stored integers as number.
  const plain = (rows: unknown[]) => JSON.parse(JSON.stringify(rows, (_, v: unknown) => (typeof v === "bigint" ? Number(v) : v))) as unknown[];
  return { rollup: plain(rollup), recounted: plain(recounted), emptiedWithFigures: Number(emptied?.n) };
}

describe("trendsQuery", () => {
  for (const [label, raw] of Object.entries(FILTERS)) {
    it(`gives exactly the recount's figures: ${label}`, async () => {
      const filter = IncidentFilterSchema.parse(raw);
      const expected = await recount(filter);
      if (label !== "nothing matches") expect(expected?.months.length).toBeGreaterThan(0);
      expect(await trendsQuery(filter)).toEqual(expected);
    });
  }
});

describe("the monthly rollup after writes of every kind", () => {
  const acledHeader =
    "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities";

  beforeAll(async () => {
    // Created through the form's writer, in a month and province of its own.
    const created = await insertIncident(
      db,
      IncidentInputSchema.parse(buildIncident({ eventDate: "2024-05-14", province: "Punjab", killed: { total: 4 } } as never, 200)),
    );
    // Edited: another province, date, event type and toll, as the form and the API replace a record.
    const [edited] = await db.incident.findMany({ where: { deletedAt: null, provinceIso: "PK-KP" }, orderBy: { id: "asc" }, take: 1, select: { id: true } });
    const replacement = buildIncident(
      {
        eventDate: "2025-01-03",
        province: "Balochistan",
        eventType: "Explosions/Remote violence",
        subEventType: "Suicide bomb",
        suicide: true,
        killed: { total: 12, securityForces: 5, civilians: 6, militants: 1, unknown: null },
      } as never,
      201,
    );
    await db.$transaction((tx) => replaceIncidentIn(tx, edited!.id, IncidentInputSchema.parse(replacement)));
    // The created one edited too, its toll only.
    await db.$transaction((tx) =>
      replaceIncidentIn(
        tx,
        created,
        IncidentInputSchema.parse(buildIncident({ eventDate: "2024-05-14", province: "Punjab", killed: { total: 9 } } as never, 200)),
      ),
    );
    // Review steps: a draft published, a published record sent back.
    await db.incident.update({ where: { id: 11 }, data: { status: "published" } });
    await db.incident.update({ where: { id: 13 }, data: { status: "draft" } });
    // Trash, and a restore of the record trashed at the start; an edit while in the trash counts nowhere.
    await db.incident.updateMany({ where: { id: 20, deletedAt: null }, data: { deletedAt: new Date() } });
    await db.incident.update({ where: { id: 20 }, data: { killedTotal: 99 } });
    await db.incident.updateMany({ where: { id: 45 }, data: { deletedAt: null } });
    // Hard deletes: a live record and a trashed one.
    await db.incident.update({ where: { id: 30 }, data: { deletedAt: new Date() } });
    await db.incident.delete({ where: { id: 30 } });
    await db.incident.delete({ where: { id: 31 } });
    // The import's bulk writer: one new record, one update of an imported record.
    const row = (id: string, date: string, admin1: string, fatalities: number) =>
      `${id},${date},1,Battles,Armed clash,,,,,Pakistan,${admin1},,,,,3,,,${fatalities}`;
    await importText(db, test.database!.url, [acledHeader, row("PAK1", "2024-03-16", "Punjab", 7), row("PAK2", "2023-12-02", "Sindh", 3)].join("\n"));
    await importText(db, test.database!.url, [acledHeader, row("PAK2", "2024-07-19", "Khyber Pakhtunkhwa", 5)].join("\n"));
  });

  it("holds exactly what a recount of the incidents gives", async () => {
    const { rollup, recounted, emptiedWithFigures } = await rollupAndRecount();
    expect(rollup.length).toBeGreaterThan(10);
    expect(rollup).toEqual(recounted);
    expect(emptiedWithFigures).toBe(0);
  });

  for (const [label, raw] of Object.entries(FILTERS)) {
    it(`still gives exactly the recount's figures: ${label}`, async () => {
      const filter = IncidentFilterSchema.parse(raw);
      expect(await trendsQuery(filter)).toEqual(await recount(filter));
    });
  }
});
