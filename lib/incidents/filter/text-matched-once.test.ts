import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { IncidentInputSchema } from "../schema";
import { buildIncident, buildSource } from "@/prisma/factories";
import { dialectOf } from "@/lib/database/sql-dialect";
import { IncidentFilterSchema } from "./filter";

// Hoisted above the imports: this file's modules load anew, with its mocks (tests/own-module-graph.ts).
await vi.hoisted(async () => (await import("@/tests/own-module-graph")).ownModuleGraph());

/**
 * The reads that run several queries over one filter search its free text once between them
 * (textAndActorMatches; decision 028, amendment of 2026-12-06): every other query looks the matches
 * up. Counted here as the statements that ask a trigram index (SQLite) or name the text (either
 * database), on a real database.
 */
const test = vi.hoisted(() => ({ database: null as { remove: () => Promise<void> } | null }));
vi.mock("@/lib/db.server", async () => {
  const { freshDatabase } = await import("@/tests/fresh-database");
  const database = freshDatabase();
  test.database = database;
  return { db: database.db };
});
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });
const { db } = await import("@/lib/db.server");
const { insertIncident } = await import("../write/write-incident");
const { trendsQuery } = await import("../trends/trends.server");
const { listRecordsIn } = await import("../list/record-page");
const { bulletinFor } = await import("../bulletin/bulletin.server");
afterAll(() => test.database?.remove());

const TEXT = "Zarkundi";

beforeAll(async () => {
  const add = (n: number, overrides: Parameters<typeof buildIncident>[0]) => insertIncident(db, IncidentInputSchema.parse(buildIncident(overrides, n)));
  await add(1, { title: `Clash near ${TEXT} pass`, eventDate: "2024-03-02" });
  await add(2, { eventDate: "2024-03-09", sources: [{ ...buildSource({}, 2), archivedText: `Traders in ${TEXT} shut their shops.` }] });
  await add(3, { eventDate: "2024-03-20" });
});

/** How many statements `run` sends that test the text itself (LIKE '%text%'; the plan's probe sends only trigrams), and what it returns. */
async function textStatements<T>(run: () => Promise<T>): Promise<{ count: number; result: T }> {
  const original = db.$queryRaw.bind(db) as (...args: unknown[]) => unknown;
  let count = 0;
  const spy = vi.spyOn(db, "$queryRaw").mockImplementation(((...args: unknown[]) => {
    if (inspect(args, { depth: 6, maxStringLength: null }).includes(`%${TEXT}%`)) count++;
    return original(...args);
  }) as never);
  try {
    const result = await run();
    return { count, result };
  } finally {
    spy.mockRestore();
  }
}

/**
 * `measure`, with the data version (lib/read-cache) the same before and after it. PostgreSQL's is the
 * server's snapshot, which other databases' transactions move too (other test files', at the same
 * time): a read that looks its matches up again then rightly finds them out of date and searches
 * the text again. Measured again from a new version, so that none of the last one's reads are kept,
 * until nothing moved it meanwhile. SQLite's version is this database's: at once.
 */
async function withSteadyVersion<T>(measure: () => Promise<T>): Promise<T> {
  const version = async () => inspect(await db.$queryRaw(dialectOf(db).dataVersion));
  for (let attempt = 1; ; attempt++) {
    const before = await version();
    const result = await measure();
    if ((await version()) === before || attempt === 20) return result;
    if (dialectOf(db).kind === "postgresql") await db.$queryRaw`SELECT pg_current_xact_id()::text`;
  }
}

const filter = IncidentFilterSchema.parse({ q: TEXT });

describe("free text is searched once per request", () => {
  it("by the trends page, for its scan, perpetrators and periods", async () => {
    const { count, result } = await textStatements(() => trendsQuery(filter));
    expect(result?.comparison.current.count).toBeGreaterThan(0);
    expect(count).toBe(1);
  });

  it("by the API's page, for its count and its rows", async () => {
    const { count, result } = await textStatements(() => listRecordsIn(db, filter, 50, undefined));
    expect(result?.items.map((r) => r.title).sort()).toHaveLength(2);
    expect(count).toBe(1);
  });

  it("by the bulletin, for its period and its reads", async () => {
    // The bulletin and its period look the matches up in the read cache, kept until the data changes.
    const { count, result } = await withSteadyVersion(() => textStatements(() => bulletinFor(filter, undefined)));
    expect(result?.figures.current.count).toBe(2);
    expect(count).toBe(1);
  });
});
