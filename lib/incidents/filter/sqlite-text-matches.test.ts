import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import { buildIncident, buildSource } from "@/prisma/factories";
import { freshDatabase } from "@/tests/fresh-database";
import { IncidentInputSchema } from "../schema";
import { insertIncident } from "../write/write-incident";
import { ANY_STATUS } from "@/lib/taxonomy/statuses";
import { IncidentFilterSchema } from "./filter";
import { filterToWhere } from "./filter-where";
import { textAndActorMatches } from "./text-search-plan";

/**
 * The text's matches read once (textAndActorMatches, sqlite-text-matches.ts on SQLite) check a
 * source only when its incident is not already matched: the rows must still be exactly LIKE's
 * (Prisma's `contains`), whichever half holds the text, with the trash left out.
 */
let database: ReturnType<typeof freshDatabase>;
let db: Db;
const TEXT = "Qorvandi";
const ids: Record<string, number> = {};

beforeAll(async () => {
  database = freshDatabase();
  db = database.db;
  const add = async (name: string, n: number, overrides: Parameters<typeof buildIncident>[0]) => {
    ids[name] = await insertIncident(db, IncidentInputSchema.parse(buildIncident(overrides, n)));
  };
  const source = (n: number, fields: Parameters<typeof buildSource>[0]) => buildSource(fields, n);
  await add("title", 1, { title: `Clash near ${TEXT} pass`, sources: [source(1, {})] });
  await add("both", 2, { location: TEXT, sources: [source(2, { headline: `Curfew in ${TEXT.toUpperCase()}` })] });
  await add("headline", 3, { sources: [source(3, { headline: `Strike on the ${TEXT} road` })] });
  await add("archived", 4, { sources: [source(4, { archivedText: `Shops in ${TEXT.toLowerCase()} stayed shut.` })] });
  // Every trigram of the text in the incident's title, but not the text: its source decides.
  await add("trigramsOnly", 5, { title: "Qorvan road to rvandi hills", sources: [source(5, { headline: `Market day in ${TEXT}` })] });
  await add("trigramsNoSource", 6, { title: "Qorvan road to rvandi hills", sources: [source(6, {})] });
  await add("trashedTitle", 7, { title: `Raid in ${TEXT}`, sources: [source(7, {})] });
  await add("trashedSource", 8, { sources: [source(8, { headline: `Raid in ${TEXT}` })] });
  await add("draft", 9, { status: "draft", summary: `Unconfirmed report from ${TEXT}` });
  await add("actor", 10, {
    title: `Ambush outside ${TEXT}`,
    actors: [{ name: "Qorvandi Liberation Front", kind: "armed_group", role: "perpetrator", certainty: "claimed" }],
  });
  await add("unrelated", 11, {});
  for (const name of ["trashedTitle", "trashedSource"]) await db.incident.update({ where: { id: ids[name] }, data: { deletedAt: new Date() } });
});
afterAll(() => database.remove());

const matched = async (raw: object) => {
  const plan = await textAndActorMatches(db, IncidentFilterSchema.parse(raw));
  return (JSON.parse(plan?.matches ?? "null") as number[] | null)?.map(Number);
};
const viaPrisma = async (raw: object) => {
  const where = filterToWhere(IncidentFilterSchema.parse({ ...raw, status: ANY_STATUS }), dialectOf(db).kind);
  return (await db.incident.findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id);
};
const named = (...names: string[]) => names.map((n) => ids[n]!).sort((a, b) => a - b);

describe("the text's matches read once", () => {
  it("hold the incidents whose own text or a source's holds it, outside the trash, each once", async () => {
    const expected = named("title", "both", "headline", "archived", "trigramsOnly", "draft", "actor");
    expect(await matched({ q: TEXT })).toEqual(expected);
    expect(await viaPrisma({ q: TEXT })).toEqual(expected);
  });

  it("agree with Prisma for texts held by one half only, by both, or by neither", async () => {
    for (const q of ["qorvandi", "Qorvandi pass", "Market day", "stayed shut", "Qorvan road", "rvandi", "Nowhere at all", "Qor%ndi", "Qorvand_"]) {
      expect(await matched({ q }), q).toEqual(await viaPrisma({ q }));
    }
  });

  it("narrow to the named actors' incidents", async () => {
    expect(await matched({ q: TEXT, actor: ["Qorvandi Liberation"] })).toEqual(named("actor"));
    expect(await matched({ q: "Market day", actor: ["Qorvandi Liberation"] })).toEqual([]);
  });
});
