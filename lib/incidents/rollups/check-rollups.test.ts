import { afterEach, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "@/tests/fresh-database";
import { openSqlite } from "@/lib/incidents/write/sqlite-file";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident } from "@/lib/incidents/write/write-incident";
import { buildIncident } from "@/prisma/factories";
import { checkRollups } from "./check-rollups";

// Real SQLite files: slower than pure tests, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const open: ReturnType<typeof freshDatabase>[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.remove();
});

/** A database with three incidents on two days, and a writable handle on it. */
async function setUp() {
  const d = freshDatabase();
  open.push(d);
  for (const [n, eventDate] of [
    [1, "2024-03-16"],
    [2, "2024-03-16"],
    [3, "2024-04-02"],
  ] as const) {
    await insertIncident(d.db, IncidentInputSchema.parse(buildIncident({ eventDate, province: "Punjab", killed: { total: n } } as never, n)));
  }
  return openSqlite(d.url);
}

const mismatches = (sqlite: ReturnType<typeof openSqlite>) => Object.fromEntries(checkRollups(sqlite).map((c) => [c.table, c.mismatches]));

describe("checkRollups", () => {
  it("finds every rollup equal to the recount after ordinary writes", async () => {
    const sqlite = await setUp();
    try {
      const checks = checkRollups(sqlite);
      expect(checks.map((c) => [c.table, c.groups, c.mismatches])).toEqual([
        ["IncidentMonthRollup", 2, 0],
        ["IncidentDayRollup", 2, 0],
        ["IncidentMonthKilledRollup", 2, 0],
        ["IncidentDayKilledRollup", 2, 0],
      ]);
    } finally {
      sqlite.close();
    }
  });

  it("reports a wrong sum, a missing group and a group the incidents do not have", async () => {
    const sqlite = await setUp();
    try {
      sqlite.exec(`UPDATE "IncidentDayRollup" SET "killed" = "killed" + 1 WHERE "day" = '2024-03-16'`);
      const killedRight = { IncidentMonthKilledRollup: 0, IncidentDayKilledRollup: 0 };
      expect(mismatches(sqlite)).toEqual({ IncidentMonthRollup: 0, IncidentDayRollup: 1, ...killedRight });
      const [, day] = checkRollups(sqlite);
      expect(day!.differences).toEqual([
        {
          group: "2024-03-16 | PK-PB | PAK | Explosions/Remote violence | published",
          rollup: expect.objectContaining({ count: 2, killed: 4 }),
          recount: expect.objectContaining({ count: 2, killed: 3 }),
        },
      ]);
      sqlite.exec(`DELETE FROM "IncidentMonthRollup" WHERE "month" = '2024-04'`);
      sqlite.exec(`INSERT INTO "IncidentMonthRollup" VALUES ('2019-01', '', 'AFG', 'Battles', 'draft', 1, 0, 0, 0, 0)`);
      expect(mismatches(sqlite)).toEqual({ IncidentMonthRollup: 2, IncidentDayRollup: 1, ...killedRight });
      // An emptied group left with a toll is wrong too.
      sqlite.exec(`INSERT INTO "IncidentDayRollup" VALUES ('2019-01-01', '', 'AFG', 'Battles', 'draft', 0, 3)`);
      expect(mismatches(sqlite)).toEqual({ IncidentMonthRollup: 2, IncidentDayRollup: 2, ...killedRight });
      // A threshold's count off by one in the killed rollup: 2 and 1 killed on 16 March, so 1 at least 2.
      sqlite.exec(`UPDATE "IncidentDayKilledRollup" SET "count2" = "count2" + 1 WHERE "day" = '2024-03-16'`);
      expect(mismatches(sqlite)).toEqual({ IncidentMonthRollup: 2, IncidentDayRollup: 2, IncidentMonthKilledRollup: 0, IncidentDayKilledRollup: 1 });
      expect(checkRollups(sqlite)[3]!.differences).toEqual([
        expect.objectContaining({ rollup: expect.objectContaining({ count0: 2, count2: 2 }), recount: expect.objectContaining({ count0: 2, count2: 1 }) }),
      ]);
    } finally {
      sqlite.close();
    }
  });
});
