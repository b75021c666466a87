import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/create-db";
import { buildIncident, buildSource } from "@/prisma/factories";
import { freshDatabase } from "@/tests/fresh-database";
import { IncidentInputSchema } from "../schema";
import { insertIncident } from "../write/write-incident";
import { IncidentFilterSchema } from "../filter/filter";
import { listRecordsIn } from "./record-page";

/**
 * The API's page needs a count only to know whether the filter is dense (more than COUNT_CAP
 * matches): when the text's matches, read first, are fewer, it skips the count, with the same records.
 */
let database: ReturnType<typeof freshDatabase>;
let db: Db;

beforeAll(async () => {
  database = freshDatabase();
  db = database.db;
  const add = (n: number, overrides: Parameters<typeof buildIncident>[0]) => insertIncident(db, IncidentInputSchema.parse(buildIncident(overrides, n)));
  await add(1, { title: "Clash at the Tolvari crossing", eventDate: "2024-03-02" });
  await add(2, { eventDate: "2024-03-09", sources: [buildSource({ headline: "Tolvari market reopens" }, 2)] });
  await add(3, { eventDate: "2024-03-20" });
  await add(4, { title: "Tolvari checkpoint attacked", eventDate: "2024-03-25", status: "draft" });
});
afterAll(() => database.remove());

/** The statements `run` sends that count rows for the cap, and what it returns. */
async function counts<T>(run: () => Promise<T>): Promise<{ counted: number; result: T }> {
  const original = db.$queryRaw.bind(db) as (...args: unknown[]) => unknown;
  let counted = 0;
  const spy = vi.spyOn(db, "$queryRaw").mockImplementation(((...args: unknown[]) => {
    if (inspect(args, { depth: 6, maxStringLength: null }).includes("AS capped")) counted++;
    return original(...args);
  }) as never);
  try {
    const result = await run();
    return { counted, result };
  } finally {
    spy.mockRestore();
  }
}

describe("the API's page of full records", () => {
  it("skips the count when the text matches few incidents, newest first and published only", async () => {
    const { counted, result } = await counts(() => listRecordsIn(db, IncidentFilterSchema.parse({ q: "tolvari" }), 50, undefined));
    expect(result?.items.map((r) => r.eventDate)).toEqual(["2024-03-09", "2024-03-02"]);
    expect(result?.nextCursor).toBeNull();
    expect(counted).toBe(0);
  });

  it("pages a text match by keyset as before", async () => {
    const first = await listRecordsIn(db, IncidentFilterSchema.parse({ q: "tolvari" }), 1, undefined);
    expect(first?.items.map((r) => r.eventDate)).toEqual(["2024-03-09"]);
    const next = await listRecordsIn(db, IncidentFilterSchema.parse({ q: "tolvari" }), 1, { day: "2024-03-09", killed: null, id: first!.items[0]!.id });
    expect(next?.items.map((r) => r.eventDate)).toEqual(["2024-03-02"]);
  });

  it("still counts without free text", async () => {
    const { counted, result } = await counts(() => listRecordsIn(db, IncidentFilterSchema.parse({}), 50, undefined));
    expect(result?.items).toHaveLength(3);
    expect(counted).toBe(1);
  });
});
