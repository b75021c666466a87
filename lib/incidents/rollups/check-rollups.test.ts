import { afterEach, describe, expect, it, vi } from "vitest";
import { ROLLUP_TABLES } from "@/tests/rollup-tables";
import { freshDatabase } from "@/tests/fresh-database";
import { dialectOf } from "@/lib/database/sql-dialect";
import { openSqlite } from "@/lib/incidents/write/sqlite-file";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident } from "@/lib/incidents/write/write-incident";
import { buildIncident } from "@/prisma/factories";
import { checkRollups, checkRollupsWithClient } from "./check-rollups";
import { checkRollupsAt, describeTarget, rollupsTarget } from "./check-rollups-at";

/** On a real database: SQLite, or PostgreSQL under `npm run test:pg` (the same checks, decision 029). */
// Real databases: slower than pure tests, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const open: ReturnType<typeof freshDatabase>[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.remove();
});

const PERPETRATOR = { name: "Tehreek-e-Taliban Pakistan", kind: "armed_group", role: "perpetrator", certainty: "claimed" } as const;

/** A database with three incidents on two days, each with one perpetrator. */
async function setUp() {
  const d = freshDatabase();
  open.push(d);
  for (const [n, eventDate] of [
    [1, "2024-03-16"],
    [2, "2024-03-16"],
    [3, "2024-04-02"],
  ] as const) {
    await insertIncident(
      d.db,
      IncidentInputSchema.parse(buildIncident({ eventDate, province: "Punjab", killed: { total: n }, actors: [PERPETRATOR] } as never, n)),
    );
  }
  return d;
}

type Database = Awaited<ReturnType<typeof setUp>>;
const mismatches = async (d: Database) => Object.fromEntries((await checkRollupsWithClient(d.db)).map((c) => [c.table, c.mismatches]));
const ALL = ROLLUP_TABLES;

describe("checkRollupsWithClient", () => {
  it("finds every rollup equal to the recount after ordinary writes", async () => {
    const d = await setUp();
    const checks = await checkRollupsWithClient(d.db);
    expect(checks.map((c) => [c.table, c.groups, c.mismatches])).toEqual(ALL.map((table) => [table, 2, 0]));
  });

  it("reports a wrong sum, a missing group and a group the incidents do not have", async () => {
    const d = await setUp();
    const sql = (statement: string) => d.db.$executeRawUnsafe(statement);
    await sql(`UPDATE "IncidentDayRollup" SET "killed" = "killed" + 1 WHERE "day" = '2024-03-16'`);
    const killedRight = { IncidentMonthKilledRollup: 0, IncidentDayKilledRollup: 0, IncidentPerpetratorMonthRollup: 0, IncidentPerpetratorMonthTotalRollup: 0 };
    expect(await mismatches(d)).toEqual({ IncidentMonthRollup: 0, IncidentDayRollup: 1, ...killedRight });
    const [, day] = await checkRollupsWithClient(d.db);
    expect(day!.differences).toEqual([
      {
        group: "2024-03-16 | PK-PB | PAK | Explosions/Remote violence | published",
        rollup: expect.objectContaining({ count: 2, killed: 4 }),
        recount: expect.objectContaining({ count: 2, killed: 3 }),
      },
    ]);
    await sql(`DELETE FROM "IncidentMonthRollup" WHERE "month" = '2024-04'`);
    await sql(`INSERT INTO "IncidentMonthRollup" VALUES ('2019-01', '', 'AFG', 'Battles', 'draft', 1, 0, 0, 0, 0)`);
    expect(await mismatches(d)).toEqual({ IncidentMonthRollup: 2, IncidentDayRollup: 1, ...killedRight });
    // An emptied group left with a toll is wrong too.
    await sql(`INSERT INTO "IncidentDayRollup" VALUES ('2019-01-01', '', 'AFG', 'Battles', 'draft', 0, 3)`);
    expect(await mismatches(d)).toEqual({ IncidentMonthRollup: 2, IncidentDayRollup: 2, ...killedRight });
    // A threshold's count off by one in the killed rollup: 2 and 1 killed on 16 March, so 1 at least 2.
    await sql(`UPDATE "IncidentDayKilledRollup" SET "count2" = "count2" + 1 WHERE "day" = '2024-03-16'`);
    expect(await mismatches(d)).toEqual({ ...killedRight, IncidentMonthRollup: 2, IncidentDayRollup: 2, IncidentDayKilledRollup: 1 });
    expect((await checkRollupsWithClient(d.db))[3]!.differences).toEqual([
      expect.objectContaining({ rollup: expect.objectContaining({ count0: 2, count2: 2 }), recount: expect.objectContaining({ count0: 2, count2: 1 }) }),
    ]);
    // A perpetrator's killed off by one, named by its group with the actor's id.
    await sql(`UPDATE "IncidentPerpetratorMonthRollup" SET "killed" = "killed" + 1 WHERE "month" = '2024-04'`);
    expect((await checkRollupsWithClient(d.db))[4]!.differences).toEqual([
      {
        group: "2024-04 | 1 | PK-PB | PAK | Explosions/Remote violence | published",
        rollup: expect.objectContaining({ count: 1, killed: 4 }),
        recount: expect.objectContaining({ count: 1, killed: 3 }),
      },
    ]);
    // And a month's total for the actor in a country (every province and event type) off by one incident.
    await sql(`UPDATE "IncidentPerpetratorMonthTotalRollup" SET "count" = "count" - 1 WHERE "month" = '2024-03'`);
    expect((await checkRollupsWithClient(d.db))[5]!.differences).toEqual([
      {
        group: "2024-03 | 1 | PAK | published",
        rollup: expect.objectContaining({ month: "2024-03", actorId: 1, countryIso3: "PAK", status: "published", count: 1, killed: 3 }),
        recount: expect.objectContaining({ count: 2, killed: 3 }),
      },
    ]);
    // The SQLite file's own check (the command's, on SQLite) finds the same.
    if (dialectOf(d.db).kind === "sqlite") {
      const sqlite = openSqlite(d.url);
      try {
        expect(checkRollups(sqlite)).toEqual(await checkRollupsWithClient(d.db));
      } finally {
        sqlite.close();
      }
    }
  });
});

describe("npm run db:check-rollups (checkRollupsAt)", () => {
  it("checks the database a URL names, SQLite or PostgreSQL, and finds a broken group", async () => {
    const d = await setUp();
    const target = rollupsTarget(d.url);
    expect(target.kind).toBe(dialectOf(d.db).kind);
    expect((await checkRollupsAt(target)).map((c) => [c.table, c.groups, c.mismatches])).toEqual(ALL.map((table) => [table, 2, 0]));
    await d.db.$executeRawUnsafe(`UPDATE "IncidentMonthKilledRollup" SET "killed10" = 5 WHERE "month" = '2024-04'`);
    expect((await checkRollupsAt(target)).map((c) => c.mismatches)).toEqual([0, 0, 1, 0, 0, 0]);
  });

  it("reads a bare path as a SQLite file, and says where it looked", () => {
    expect(rollupsTarget("data/atlas.db")).toEqual({ kind: "sqlite", file: expect.stringMatching(/\/data\/atlas\.db$/) });
    expect(rollupsTarget("file:./data/atlas.db?connection_limit=1")).toEqual(rollupsTarget("data/atlas.db"));
    const pg = rollupsTarget("postgresql://atlas:secret@db.example:5432/atlas");
    expect(describeTarget(pg)).toBe("PostgreSQL database atlas on db.example:5432");
  });

  it("refuses what is not a database URL with one clear line, and never echoes a password", () => {
    expect(() => rollupsTarget("mysql://atlas@db/atlas")).toThrow(
      `"mysql://atlas@db/atlas" is not a database: give a SQLite file (file:./data/atlas.db or a path) or postgresql://user@host:5432/database`,
    );
    expect(() => rollupsTarget("localhost:5432/atlas")).toThrow(/is not a database/);
    expect(() => rollupsTarget("postgresql://atlas:secret@bad host/atlas")).toThrow(/^The PostgreSQL URL is not valid: postgresql:\/\/user:password@host/);
    expect(() => rollupsTarget("postgresql://atlas:secret@bad host/atlas")).not.toThrow(/secret/);
  });

  it("says when the database file is missing or the server out of reach", async () => {
    await expect(checkRollupsAt(rollupsTarget("file:/nonexistent/atlas.db"))).rejects.toThrow("No database at /nonexistent/atlas.db");
    // Port 1 on the loopback: refused at once.
    await expect(checkRollupsAt(rollupsTarget("postgresql://postgres@127.0.0.1:1/atlas"))).rejects.toThrow(
      /^Cannot reach the PostgreSQL database atlas on 127\.0\.0\.1:1: Can't reach database server/,
    );
  });
});
