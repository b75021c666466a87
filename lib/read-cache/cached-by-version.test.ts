import { afterAll, describe, expect, it, vi } from "vitest";
import Database from "better-sqlite3";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident } from "@/lib/incidents/write/write-incident";
import { sqlitePath } from "@/lib/incidents/write/sqlite-file";
import { buildIncident } from "@/prisma/factories";
import type { Status } from "@/lib/taxonomy/statuses";

// Hoisted above the imports: this file's modules load anew, with its mocks (tests/own-module-graph.ts).
await vi.hoisted(async () => (await import("@/tests/own-module-graph")).ownModuleGraph());

const test = vi.hoisted(() => ({ database: null as { url: string; remove: () => Promise<void> } | null }));
vi.mock("@/lib/db.server", async () => {
  const { freshDatabase } = await import("@/tests/fresh-database");
  const database = freshDatabase();
  test.database = database;
  return { db: database.db };
});

const { db } = await import("@/lib/db.server");
const { cachedByVersion } = await import("./cached-by-version.server");
afterAll(() => test.database?.remove());

let queries = 0;
const countIncidents = cachedByVersion("test-count", 10, async (status: Status) => {
  queries++;
  return db.incident.count({ where: { status } });
});

describe("reads cached until the data changes", () => {
  it("answers from the cache until this process writes, or another connection commits", async () => {
    expect(await countIncidents("published")).toBe(0);
    expect(await countIncidents("published")).toBe(0);
    expect(queries).toBe(1);

    await insertIncident(db, IncidentInputSchema.parse(buildIncident({ status: "published" }, 1)));
    expect(await countIncidents("published")).toBe(1);
    expect(queries).toBe(2);

    // Another connection (an import's, or another process) writes behind this client's back.
    const other = new Database(sqlitePath(test.database!.url));
    other.prepare(`UPDATE "Incident" SET "status" = 'draft'`).run();
    other.close();
    expect(await countIncidents("published")).toBe(0);
    expect(await countIncidents("draft")).toBe(1);
    expect(queries).toBe(4);
  });
});
