import { test as base, expect } from "@playwright/test";
import { createDb, type Db } from "@/lib/create-db";
import { IncidentInputSchema, type IncidentInput } from "@/lib/incidents/schema";
import { insertIncident } from "@/lib/incidents/write-incident";
import { buildIncident } from "@/prisma/factories";

/** The e2e server's database (scripts/e2e-server.sh); fixtures write to it through Prisma. */
const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

type Fixtures = {
  db: Db;
  /** Creates an incident for this test only (deleted afterwards) and returns its id. */
  makeIncident: (overrides?: Partial<IncidentInput>) => Promise<number>;
};

let counter = 0;

export const test = base.extend<Fixtures>({
  db: async ({}, use) => {
    const db = createDb(E2E_DATABASE_URL);
    await use(db);
    await db.$disconnect();
  },
  makeIncident: async ({ db }, use) => {
    const created: number[] = [];
    await use(async (overrides = {}) => {
      counter += 1;
      const n = Date.now() * 100 + counter;
      const id = await insertIncident(db, IncidentInputSchema.parse(buildIncident(overrides, n)));
      created.push(id);
      return id;
    });
    await db.incident.deleteMany({ where: { id: { in: created } } });
    await db.source.deleteMany({ where: { incidents: { none: {} }, url: { startsWith: "https://news.example.org/" } } });
  },
});

export { expect };
