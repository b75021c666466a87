import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/create-db";
import { MIGRATION_NAMES, applyMigrations } from "@/tests/migrations";

const THIS_ONE = "20261205090000_enums";
const dir = mkdtempSync(path.join(tmpdir(), "atlas-migration-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`migration ${THIS_ONE}`, () => {
  it("keeps the values stored as text, and Prisma reads them back as its enums", async () => {
    const file = path.join(dir, "test.db");
    const sqlite = new Database(file);
    applyMigrations(
      sqlite,
      MIGRATION_NAMES.filter((n) => n < THIS_ONE),
    );
    sqlite.exec(
      `INSERT INTO "Incident" ("id", "title", "status", "eventDate", "datePrecision", "countryIso3", "countryName", "geoPrecision", "eventType", "updatedAt")
       VALUES (1, 'T', 'draft', CURRENT_TIMESTAMP, 'month', 'PAK', 'Pakistan', 'district', 'Battles', CURRENT_TIMESTAMP)`,
    );
    sqlite.exec(`INSERT INTO "Actor" ("id", "name", "kind", "updatedAt") VALUES (1, 'TTP', 'armed_group', CURRENT_TIMESTAMP)`);
    sqlite.exec(`INSERT INTO "IncidentActor" ("incidentId", "actorId", "role", "certainty") VALUES (1, 1, 'perpetrator', 'alleged')`);
    sqlite.exec(`INSERT INTO "Claim" ("incidentId", "kind", "claimantName", "subject", "statement") VALUES (1, 'denial', 'Kabul', 'Afghanistan', 'Denied.')`);
    applyMigrations(
      sqlite,
      MIGRATION_NAMES.filter((n) => n >= THIS_ONE),
    );
    sqlite.close();

    const db = createDb(`file:${file}`);
    try {
      const incident = await db.incident.findUniqueOrThrow({
        where: { id: 1 },
        select: {
          status: true,
          datePrecision: true,
          geoPrecision: true,
          actors: { select: { role: true, certainty: true, actor: { select: { kind: true } } } },
          claims: { select: { kind: true } },
        },
      });
      expect(incident).toEqual({
        status: "draft",
        datePrecision: "month",
        geoPrecision: "district",
        actors: [{ role: "perpetrator", certainty: "alleged", actor: { kind: "armed_group" } }],
        claims: [{ kind: "denial" }],
      });
    } finally {
      await db.$disconnect();
    }
  });
});
