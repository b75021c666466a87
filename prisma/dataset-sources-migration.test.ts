import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATION_NAMES, applyMigrations } from "@/tests/migrations";

const THIS_ONE = "20261207100000_dataset_sources";
const dir = mkdtempSync(path.join(tmpdir(), "atlas-migration-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function databaseBeforeThisOne(name: string): Database.Database {
  const db = new Database(path.join(dir, name));
  applyMigrations(
    db,
    MIGRATION_NAMES.filter((n) => n < THIS_ONE),
  );
  db.exec(
    `INSERT INTO "Incident" ("id", "title", "eventDate", "countryIso3", "countryName", "eventType", "updatedAt")
     VALUES (1, 'T', CURRENT_TIMESTAMP, 'PAK', 'Pakistan', 'Battles', CURRENT_TIMESTAMP)`,
  );
  db.exec(
    `INSERT INTO "Source" ("id", "url", "outlet", "headline", "archivedText", "archivedSha256", "archivedAt", "updatedAt")
     VALUES (7, 'https://example.org/a', 'Dawn', 'Blast in Quetta', 'Five people were killed at the market.', 'abc', '2026-12-01T10:00:00.000+00:00', CURRENT_TIMESTAMP)`,
  );
  db.exec(`INSERT INTO "IncidentSource" ("incidentId", "sourceId", "quote", "originator") VALUES (1, 7, 'Five killed', 'police')`);
  db.exec(`INSERT INTO "ReportedFigure" ("incidentId", "sourceId", "field", "value", "quote") VALUES (1, 7, 'killed.total', 5, NULL)`);
  db.exec(`INSERT INTO "Claim" ("incidentId", "kind", "claimantName", "subject", "statement", "sourceId") VALUES (1, 'denial', 'X', 'Y', 'Denied.', 7)`);
  return db;
}

describe(`migration ${THIS_ONE}`, () => {
  it("keeps every source with its id, links, figures, claims and archived copy", () => {
    const db = databaseBeforeThisOne("keeps.db");
    applyMigrations(
      db,
      MIGRATION_NAMES.filter((n) => n >= THIS_ONE),
    );
    expect(db.prepare(`SELECT "id", "url", "datasetRecord", "outlet", "archivedText", "archivedSha256" FROM "Source"`).all()).toEqual([
      {
        id: 7,
        url: "https://example.org/a",
        datasetRecord: null,
        outlet: "Dawn",
        archivedText: "Five people were killed at the market.",
        archivedSha256: "abc",
      },
    ]);
    expect(db.prepare(`SELECT "sourceId", "originator" FROM "IncidentSource"`).all()).toEqual([{ sourceId: 7, originator: "police" }]);
    expect(db.prepare(`SELECT "sourceId", "value" FROM "ReportedFigure"`).all()).toEqual([{ sourceId: 7, value: 5 }]);
    expect(db.prepare(`SELECT "sourceId" FROM "Claim"`).all()).toEqual([{ sourceId: 7 }]);
    expect(db.prepare(`PRAGMA foreign_key_check`).all()).toEqual([]);
    db.close();
  });

  it("keeps the text search over the kept rows and follows new ones through its triggers", () => {
    const db = databaseBeforeThisOne("search.db");
    applyMigrations(
      db,
      MIGRATION_NAMES.filter((n) => n >= THIS_ONE),
    );
    db.exec(
      `INSERT INTO "Source" ("datasetRecord", "outlet", "archivedText", "updatedAt") VALUES ('ACLED PAK1', 'ACLED', 'Militants attacked a checkpost near Wana.', CURRENT_TIMESTAMP)`,
    );
    const found = (text: string) => db.prepare(`SELECT "rowid" FROM "SourceTextSearch" WHERE "archivedText" LIKE ?`).all(`%${text}%`);
    expect(found("at the market")).toEqual([{ rowid: 7 }]);
    expect(found("checkpost near Wana")).toEqual([{ rowid: 8 }]);
    db.exec(`UPDATE "Source" SET "archivedText" = 'Changed notes.' WHERE "id" = 8`);
    expect(found("checkpost")).toEqual([]);
    db.close();
  });

  it("refuses a source with neither a URL nor a dataset record, or with both", () => {
    const db = databaseBeforeThisOne("check.db");
    applyMigrations(
      db,
      MIGRATION_NAMES.filter((n) => n >= THIS_ONE),
    );
    const insert = db.prepare(`INSERT INTO "Source" ("url", "datasetRecord", "outlet", "updatedAt") VALUES (?, ?, 'X', CURRENT_TIMESTAMP)`);
    expect(() => insert.run(null, null)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run("https://example.org/b", "ACLED PAK2")).toThrow(/CHECK constraint failed/);
    expect(() => insert.run(null, "ACLED PAK2")).not.toThrow();
    expect(() => insert.run(null, "ACLED PAK2")).toThrow(/UNIQUE constraint failed/);
    db.close();
  });
});
