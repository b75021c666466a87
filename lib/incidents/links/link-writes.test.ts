import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { createIncidentIn } from "@/lib/incidents/write/write-incident";
import { historyEventSelect, toHistoryEntry } from "@/lib/incidents/audit/history";
import { buildIncident } from "@/prisma/factories";
import { addLink, removeLink } from "./link-writes";
import { linksOfIncidents } from "./read-links";

/** Links on a real SQLite database: both ends, both Histories, refusals that write nothing (decision 021). */
let database: ReturnType<typeof freshDatabase>;
let db: Db;

beforeAll(() => {
  database = freshDatabase();
  db = database.db;
});
afterAll(() => database.remove());

const create = (n: number, status: "published" | "draft" = "published") =>
  db.$transaction((tx) => createIncidentIn(tx, IncidentInputSchema.parse(buildIncident({ title: `Linked test ${n}`, status }, n))));
const history = async (incidentId: number) =>
  (await db.auditEvent.findMany({ where: { incidentId }, orderBy: { id: "asc" }, select: historyEventSelect })).map((r) => toHistoryEntry(r, null));

describe("addLink and removeLink", () => {
  it("links two records, shows the link from both ends and records it in both Histories", async () => {
    const [strike, attack] = [await create(1), await create(2)];
    const link = { incidentId: attack, otherId: strike, relation: "response_to", direction: "incoming", note: "two days later" } as const;
    expect(await addLink(db, link, null)).toEqual({ status: "saved" });
    const stored = await db.incidentLink.findFirstOrThrow({ select: { id: true, fromId: true, toId: true } });
    expect(stored).toMatchObject({ fromId: strike, toId: attack });

    const links = await linksOfIncidents(db, [strike, attack], false);
    expect(links.get(strike)).toMatchObject([
      { relation: "response_to", direction: "outgoing", incidentId: attack, title: "Linked test 2", note: "two days later" },
    ]);
    expect(links.get(attack)).toMatchObject([{ relation: "response_to", direction: "incoming", incidentId: strike }]);
    expect((await history(strike)).at(-1)!.changes).toEqual(["linked: response to #" + attack + " Linked test 2 (note: two days later)"]);
    expect((await history(attack)).at(-1)!.changes).toEqual(["linked: responded to by #" + strike + " Linked test 1 (note: two days later)"]);

    expect(await addLink(db, { ...link, note: null }, null)).toEqual({ status: "invalid", fieldErrors: { other: [expect.stringMatching(/already linked/)] } });

    expect(await removeLink(db, strike, stored.id, null)).toEqual({ status: "saved" });
    expect(await db.incidentLink.count()).toBe(0);
    expect((await history(attack)).at(-1)!.changes).toEqual(["unlinked: responded to by #" + strike + " Linked test 1"]);
    expect(await removeLink(db, strike, stored.id, null)).toMatchObject({ status: "invalid" });
  });

  it("finds a same-event link from either end, and refuses an unknown or trashed record without writing", async () => {
    const [a, b, trashed] = [await create(3), await create(4), await create(5)];
    await db.incident.update({ where: { id: trashed }, data: { deletedAt: new Date() } });
    const events = await db.auditEvent.count();
    expect(await addLink(db, { incidentId: b, otherId: a, relation: "same_event", direction: "mutual", note: null }, null)).toEqual({ status: "saved" });
    expect(await addLink(db, { incidentId: a, otherId: b, relation: "same_event", direction: "mutual", note: null }, null)).toMatchObject({
      status: "invalid",
    });
    const before = await db.auditEvent.count();
    expect(before).toBe(events + 2);
    expect(await addLink(db, { incidentId: a, otherId: 99_999, relation: "part_of", direction: "outgoing", note: null }, null)).toEqual({
      status: "invalid",
      fieldErrors: { other: ["There is no incident #99999 in the atlas: check the number"] },
    });
    expect(await addLink(db, { incidentId: a, otherId: trashed, relation: "part_of", direction: "outgoing", note: null }, null)).toEqual({
      status: "invalid",
      fieldErrors: { other: [expect.stringMatching(/in the trash/)] },
    });
    expect(await db.auditEvent.count()).toBe(before);
    expect(await db.incidentLink.count({ where: { relation: "part_of" } })).toBe(0);
  });

  it("shows visitors no link to an unpublished or trashed record, and staff no link to a trashed one", async () => {
    const [published, draft, gone] = [await create(6), await create(7, "draft"), await create(8)];
    for (const otherId of [draft, gone]) await addLink(db, { incidentId: published, otherId, relation: "part_of", direction: "outgoing", note: null }, null);
    await db.incident.update({ where: { id: gone }, data: { deletedAt: new Date() } });
    expect((await linksOfIncidents(db, [published], false)).get(published)).toEqual([]);
    expect((await linksOfIncidents(db, [published], true)).get(published)).toMatchObject([{ incidentId: draft, status: "draft" }]);
  });

  it("removes the links of a record erased for good", async () => {
    const [a, b] = [await create(9), await create(10)];
    await addLink(db, { incidentId: a, otherId: b, relation: "part_of", direction: "outgoing", note: null }, null);
    await db.incident.delete({ where: { id: b } });
    expect(await db.incidentLink.count({ where: { fromId: a } })).toBe(0);
  });
});
