import { afterAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { freshDatabase } from "@/tests/fresh-database";
import { pgTestRun } from "@/tests/postgres/pg-test-database";
import { IncidentFilterSchema } from "./filter";
import { filterToSql } from "./filter-sql";

const database = freshDatabase();
afterAll(() => database.remove());

/**
 * Text found in sources reaches their incidents from IncidentSource's (sourceId, incidentId) index
 * alone, without reading each IncidentSource row (decision 028, amendment of 2026-12-06).
 */
describe.skipIf(pgTestRun() !== null)("the sources' half of a text match on SQLite", () => {
  it("reads a source's incidents from the covering index", async () => {
    const where = filterToSql(IncidentFilterSchema.parse({ q: "bazaar" }), { incidents: "index", headlines: "index" });
    const plan = await database.db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN SELECT i."id" FROM "Incident" i WHERE ${where}`);
    const details = plan.map((row) => row.detail);
    expect(details).toContainEqual(expect.stringMatching(/^SEARCH isrc USING COVERING INDEX IncidentSource_sourceId_incidentId_idx \(sourceId=\?\)/));
  });
});
