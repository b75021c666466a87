import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATION_NAMES, applyMigrations as apply } from "@/tests/migrations";

const THIS_ONE = "20261201100000_names_at_the_time";
const dir = mkdtempSync(path.join(tmpdir(), "atlas-migration-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`migration ${THIS_ONE}`, () => {
  it("gives existing History entries their user's name, and keeps entries without a user", () => {
    const all = MIGRATION_NAMES;
    const db = new Database(path.join(dir, "test.db"));
    apply(
      db,
      all.filter((n) => n < THIS_ONE),
    );
    db.exec(`INSERT INTO "User" ("id", "name", "email", "updatedAt") VALUES ('u1', 'Ayesha Khan', 'a@example.org', CURRENT_TIMESTAMP)`);
    db.exec(
      `INSERT INTO "Incident" ("id", "title", "eventDate", "countryIso3", "countryName", "eventType", "updatedAt")
       VALUES (1, 'T', CURRENT_TIMESTAMP, 'PAK', 'Pakistan', 'Battles', CURRENT_TIMESTAMP)`,
    );
    db.exec(`INSERT INTO "AuditEvent" ("incidentId", "userId", "action") VALUES (1, 'u1', 'create'), (1, NULL, 'update')`);

    apply(
      db,
      all.filter((n) => n >= THIS_ONE),
    );
    expect(db.prepare(`SELECT "userId", "userName", "action" FROM "AuditEvent" ORDER BY "id"`).all()).toEqual([
      { userId: "u1", userName: "Ayesha Khan", action: "create" },
      { userId: null, userName: null, action: "update" },
    ]);
    db.close();
  });
});
