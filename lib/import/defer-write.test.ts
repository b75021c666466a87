import { afterEach, describe, expect, it, vi } from "vitest";
import { NO_MISMATCHES } from "@/tests/rollup-tables";
import type Database from "better-sqlite3";
import { freshDatabase } from "@/tests/fresh-database";
import { openSqlite } from "@/lib/incidents/write/sqlite-file";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident } from "@/lib/incidents/write/write-incident";
import { writeIncidentsIn, type BulkItem } from "@/lib/incidents/write/write-incidents-bulk";
import { buildIncident } from "@/prisma/factories";
import { deferIndexes } from "./defer-indexes";
import { deferTextSearch } from "./defer-text-search";
import { checkRollups } from "@/lib/incidents/rollups/check-rollups";

// Real SQLite files: slower than pure tests, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const open: ReturnType<typeof freshDatabase>[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.remove();
});

const schema = (sqlite: Database.Database) =>
  sqlite.prepare(`SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name`).all();
const search = (sqlite: Database.Database, text: string) =>
  (sqlite.prepare(`SELECT rowid AS id FROM "IncidentTextSearch" WHERE "title" LIKE ? ORDER BY rowid`).all(`%${text}%`) as { id: number }[]).map((r) => r.id);

async function setUp() {
  const d = freshDatabase();
  open.push(d);
  await insertIncident(d.db, IncidentInputSchema.parse(buildIncident({ title: "Attack on a checkpost in Wana" }, 1)));
  return d;
}

const items: BulkItem[] = [
  { kind: "update", id: 1, data: IncidentInputSchema.parse(buildIncident({ title: "Ambush near Razmak" }, 1)), keeping: { externalId: null } },
  ...[2, 3, 4].map((n): BulkItem => ({
    kind: "create",
    data: IncidentInputSchema.parse(buildIncident({ title: `Blast in Miranshah number ${n}` }, n)),
    keeping: {},
  })),
];

describe("a bulk write with the indexes and the text search deferred", () => {
  it("leaves the same schema, consistent indexes and a text search that finds the new text only", async () => {
    const { url } = await setUp();
    const sqlite = openSqlite(url);
    const statistics = () => sqlite.prepare(`SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl IN ('Incident', 'IncidentActor') ORDER BY idx`).all();
    const indexesOf = (table: string) => sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`).all(table);
    try {
      sqlite.exec("ANALYZE");
      const before = schema(sqlite);
      const analysed = statistics();
      sqlite.exec("BEGIN IMMEDIATE");
      const textSearch = deferTextSearch(sqlite, [1]);
      const indexes = deferIndexes(sqlite);
      expect(schema(sqlite).length).toBeLessThan(before.length);
      expect(indexesOf("Incident")).toEqual([]);
      expect(indexesOf("IncidentActor")).toEqual([]);
      const ids = await writeIncidentsIn(sqlite, items, { audit: { userId: null } });
      indexes.finish();
      textSearch.finish(ids);
      sqlite.exec("COMMIT");

      expect(schema(sqlite)).toEqual(before);
      expect(statistics()).toEqual(analysed);
      expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
      // Compares the index with the content table: throws if they differ.
      sqlite.exec(`INSERT INTO "IncidentTextSearch" ("IncidentTextSearch", rank) VALUES ('integrity-check', 1)`);
      expect(search(sqlite, "Razmak")).toEqual([1]);
      expect(search(sqlite, "Wana")).toEqual([]);
      expect(search(sqlite, "Miranshah")).toEqual([2, 3, 4]);
      // The rollups' triggers (decisions 025, 026) are not deferred: all six still equal a recount.
      expect(checkRollups(sqlite).map((c) => [c.table, c.mismatches])).toEqual(NO_MISMATCHES);
      expect(sqlite.prepare(`SELECT SUM("count") AS n FROM "IncidentMonthRollup"`).get()).toEqual({ n: 4 });
      expect(sqlite.prepare(`SELECT SUM("count") AS n FROM "IncidentDayRollup"`).get()).toEqual({ n: 4 });
      // The triggers are back: a later write is indexed as before.
      sqlite.prepare(`UPDATE "Incident" SET "title" = 'Raid in Datta Khel' WHERE "id" = 2`).run();
      expect(search(sqlite, "Datta Khel")).toEqual([2]);
    } finally {
      sqlite.close();
    }
  });

  it("rolls the dropped indexes and triggers back with a failed import", async () => {
    const { url } = await setUp();
    const sqlite = openSqlite(url);
    try {
      const before = schema(sqlite);
      sqlite.exec("BEGIN IMMEDIATE");
      deferTextSearch(sqlite, [1]);
      deferIndexes(sqlite);
      sqlite.exec("ROLLBACK");
      expect(schema(sqlite)).toEqual(before);
      expect(search(sqlite, "Wana")).toEqual([1]);
    } finally {
      sqlite.close();
    }
  });
});
