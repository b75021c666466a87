import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { buildIncident, buildSource } from "@/prisma/factories";
import { IncidentFilterSchema } from "../filter/filter";
import { filterToWhere } from "../filter/filter-where";
import { listIncidentsIn } from "./list-page";
import { IncidentInputSchema } from "../schema";
import type { ListOrder } from "./sort";
import { insertIncident } from "../write/write-incident";

/**
 * listIncidentsIn picks the page in SQL (filterToSql); it must list what Prisma's query over
 * filterToWhere lists, in the same order, page by page.
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

/** The order the list had when Prisma picked the page (list-page.ts keeps it). */
function prismaOrder({ sort, dir }: ListOrder) {
  const primary = sort === "killed" ? { killedTotal: { sort: dir, nulls: "last" as const } } : { eventDate: dir };
  return [primary, { eventDate: "desc" as const }, { id: "desc" as const }];
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
    "%s %s: same pages and total as Prisma",
    async (_f, _o, raw, order) => {
      const filter = IncidentFilterSchema.parse(raw);
      const where = filterToWhere(filter);
      const total = await db.incident.count({ where });
      for (const page of [1, 2, 3, 4]) {
        const expected = await db.incident.findMany({ where, orderBy: prismaOrder(order), skip: (page - 1) * 4, take: 4, select: { id: true } });
        const got = await listIncidentsIn(db, filter, order, page, 4);
        expect(got.items.map((i) => i.id)).toEqual(expected.map((r) => r.id));
        expect(got.total).toBe(total);
      }
    },
  );

  it("fills in the row and its source count", async () => {
    const { items } = await listIncidentsIn(db, IncidentFilterSchema.parse({ q: "incident 5:" }), ORDERS[0]!, 1, 30);
    expect(items).toEqual([
      expect.objectContaining({ title: "Test incident 5: attack on a checkpost", eventDate: "2025-01-01", location: "Mir Ali", sourceCount: 2 }),
    ]);
    const draft = await listIncidentsIn(db, IncidentFilterSchema.parse({ q: "incident 4:", status: "draft" }), ORDERS[0]!, 1, 30);
    expect((await listIncidentsIn(db, IncidentFilterSchema.parse({ q: "incident 4:" }), ORDERS[0]!, 1, 30)).total).toBe(0);
    expect(draft.items.map((i) => [i.status, i.sourceCount])).toEqual([["draft", 0]]);
  });
});
