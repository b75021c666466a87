import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { buildIncident, buildSource } from "@/prisma/factories";
import { IncidentFilterSchema } from "../filter/filter";
import { filterToWhere } from "../filter/filter-where";
import { listIncidentsIn } from "./list-page";
import { cappedCount, totalText } from "./capped-count";
import { readKeys } from "./keyset-read";
import { filterToSql } from "../filter/filter-sql";
import { textSearchPlan } from "../filter/text-search-plan";
import { dialectOf } from "@/lib/database/sql-dialect";
import { IncidentInputSchema } from "../schema";
import type { ListOrder } from "./sort";
import { insertIncident } from "../write/write-incident";

/**
 * listIncidentsIn reads its pages by keyset in SQL (filterToSql, keyset-sql.ts); walked page by page,
 * forwards and back, it must list what Prisma's query over filterToWhere lists, in the same order.
 */
let database: ReturnType<typeof freshDatabase>;
let db: Db;

beforeAll(async () => {
  database = freshDatabase();
  db = database.db;
  const days = ["2024-03-16", "2024-03-16", "2024-01-02", "2023-12-31", "2024-03-16", "2025-01-01", "2024-07-04"];
  const killed = [7, null, 0, 12, 7, 3, null];
  for (let n = 1; n <= 14; n++) {
    const k = killed[n % killed.length]!;
    await insertIncident(
      db,
      IncidentInputSchema.parse(
        buildIncident(
          {
            eventDate: days[n % days.length]!,
            killed: { total: k, securityForces: k, civilians: null, militants: null, unknown: null },
            location: n % 3 === 0 ? "Quetta" : "Mir Ali",
            province: n % 3 === 0 ? "Balochistan" : "Khyber Pakhtunkhwa",
            sources: n % 4 === 0 ? [] : [buildSource({}, n), buildSource({ headline: `Second report ${n}` }, 100 + n)],
            status: n % 4 === 0 ? "draft" : "published",
          },
          n,
        ),
      ),
    );
  }
});

afterAll(() => database.remove());

/** The list's order as Prisma states it (decision 028): NULLS LAST for killed, ties by day then id in the same direction. */
function prismaOrder({ sort, dir }: ListOrder) {
  const byDay = [{ eventDate: dir }, { id: dir }];
  return sort === "killed" ? [{ killedTotal: { sort: dir, nulls: "last" as const } }, ...byDay] : byDay;
}

const ORDERS: ListOrder[] = [
  { sort: "date", dir: "desc" },
  { sort: "date", dir: "asc" },
  { sort: "killed", dir: "desc" },
  { sort: "killed", dir: "asc" },
];
const FILTERS = [{}, { province: ["PK-BA"] }, { q: "quetta" }, { q: "second report 1" }, { minKilled: "5" }, { q: "nowhere" }];

describe("listIncidentsIn", () => {
  it.each(FILTERS.flatMap((f) => ORDERS.map((o) => [JSON.stringify(f), JSON.stringify(o), f, o] as const)))(
    "%s %s: Next through every page and Previous back list what Prisma lists, in its order",
    async (_f, _o, raw, order) => {
      const filter = IncidentFilterSchema.parse(raw);
      const where = filterToWhere(filter, dialectOf(db).kind);
      const expected = (await db.incident.findMany({ where, orderBy: prismaOrder(order), select: { id: true } })).map((r) => r.id);
      const forward: number[][] = [];
      let page = await listIncidentsIn(db, filter, order, {}, 4);
      expect(page.previous).toBeNull();
      expect(page.total).toEqual({ count: expected.length, more: false });
      forward.push(page.items.map((i) => i.id));
      while (page.next) {
        page = await listIncidentsIn(db, filter, order, { after: page.next }, 4);
        expect(page.previous).not.toBeNull();
        forward.push(page.items.map((i) => i.id));
      }
      expect(forward.flat()).toEqual(expected);
      // Back from the last page: the same pages in reverse, the first one full.
      const backward: number[][] = [forward[forward.length - 1]!];
      while (page.previous) {
        page = await listIncidentsIn(db, filter, order, { before: page.previous }, 4);
        backward.unshift(page.items.map((i) => i.id));
      }
      expect(backward.flat().slice(0, 4)).toEqual(expected.slice(0, 4));
      expect(new Set(backward.flat())).toEqual(new Set(expected));
    },
  );

  it("goes on after a key with ties on its day and a toll not reported", async () => {
    const order: ListOrder = { sort: "killed", dir: "desc" };
    const all = (
      await db.incident.findMany({
        where: filterToWhere(IncidentFilterSchema.parse({}), dialectOf(db).kind),
        orderBy: prismaOrder(order),
        select: { id: true, eventDate: true, killedTotal: true },
      })
    ).map((r) => ({
      id: r.id,
      day: r.eventDate.toISOString().slice(0, 10),
      killed: r.killedTotal,
    }));
    const firstNull = all.findIndex((r) => r.killed === null);
    expect(firstNull).toBeGreaterThan(0);
    for (const at of [firstNull - 1, firstNull, all.length - 2]) {
      const page = await listIncidentsIn(db, IncidentFilterSchema.parse({}), order, { after: all[at]! }, 100);
      expect(page.items.map((i) => i.id)).toEqual(all.slice(at + 1).map((r) => r.id));
    }
  });

  it.each(ORDERS)("walking the order's own index (a dense filter) reads the same keys: %j", async (order) => {
    for (const raw of FILTERS) {
      const filter = IncidentFilterSchema.parse(raw);
      const where = filterToSql(filter, await textSearchPlan(db, filter));
      const expected = (
        await db.incident.findMany({ where: filterToWhere(filter, dialectOf(db).kind), orderBy: prismaOrder(order), select: { id: true } })
      ).map((r) => r.id);
      expect((await readKeys(db, where, order, {}, 100, true)).map((k) => k.id)).toEqual(expected);
      const middle = await readKeys(db, where, order, {}, 3, true);
      if (middle.length === 3) {
        expect((await readKeys(db, where, order, { after: middle[2]! }, 100, true)).map((k) => k.id)).toEqual(expected.slice(3));
        expect((await readKeys(db, where, order, { before: middle[2]! }, 100, true)).map((k) => k.id)).toEqual(expected.slice(0, 2).reverse());
      }
    }
  });

  it.each(ORDERS)("walking the killed index toll by toll (a dense filter with dates) reads the same keys: %j", async (order) => {
    const dated = [
      { from: "2024-01-01", to: "2024-12-31" },
      { province: ["PK-KP"], from: "2024-03-16" },
      { to: "2024-03-15", minKilled: "1" },
    ];
    for (const raw of [...FILTERS, ...dated]) {
      const filter = IncidentFilterSchema.parse(raw);
      const where = filterToSql(filter, await textSearchPlan(db, filter));
      const expected = (
        await db.incident.findMany({ where: filterToWhere(filter, dialectOf(db).kind), orderBy: prismaOrder(order), select: { id: true } })
      ).map((r) => r.id);
      expect((await readKeys(db, where, order, {}, 100, true, true)).map((k) => k.id)).toEqual(expected);
      for (const at of [1, 3, 6]) {
        const head = await readKeys(db, where, order, {}, at, true, true);
        if (head.length < at) continue;
        expect((await readKeys(db, where, order, { after: head[at - 1]! }, 100, true, true)).map((k) => k.id)).toEqual(expected.slice(at));
        expect((await readKeys(db, where, order, { before: head[at - 1]! }, 100, true, true)).map((k) => k.id)).toEqual(expected.slice(0, at - 1).reverse());
      }
    }
  });

  it("counts up to the cap and no further", async () => {
    const where = filterToSql(IncidentFilterSchema.parse({}));
    const total = await db.incident.count({ where: filterToWhere(IncidentFilterSchema.parse({}), dialectOf(db).kind) });
    expect(await cappedCount(db, where, total)).toEqual({ count: total, more: false });
    expect(await cappedCount(db, where, total - 1)).toEqual({ count: total - 1, more: true });
    expect(totalText({ count: 10_000, more: true })).toBe("More than 10,000 incidents");
    expect(totalText({ count: 1, more: false })).toBe("1 incident");
  });

  it("fills in the row and its source count", async () => {
    const { items } = await listIncidentsIn(db, IncidentFilterSchema.parse({ q: "incident 5:" }), ORDERS[0]!, {}, 30);
    expect(items).toEqual([
      expect.objectContaining({ title: "Test incident 5: attack on a checkpost", eventDate: "2025-01-01", location: "Mir Ali", sourceCount: 2 }),
    ]);
    const draft = await listIncidentsIn(db, IncidentFilterSchema.parse({ q: "incident 4:", status: "draft" }), ORDERS[0]!, {}, 30);
    expect((await listIncidentsIn(db, IncidentFilterSchema.parse({ q: "incident 4:" }), ORDERS[0]!, {}, 30)).total.count).toBe(0);
    expect(draft.items.map((i) => [i.status, i.sourceCount])).toEqual([["draft", 0]]);
  });
});
