import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { IncidentInputSchema, type IncidentInput } from "@/lib/incidents/schema";
import { createIncidentIn } from "@/lib/incidents/write/write-incident";
import { historyEventSelect, toHistoryEntry, describeAction } from "@/lib/incidents/audit/history";
import { snapshotIncident } from "@/lib/incidents/audit/snapshot";
import { buildClaim, buildIncident, buildSource } from "@/prisma/factories";
import { addLink } from "./link-writes";
import { mergeSameEvent } from "./merge-records";

/** "Merge into this record" on a same-event link, on a real SQLite database (decision 021). */
let database: ReturnType<typeof freshDatabase>;
let db: Db;

beforeAll(() => {
  database = freshDatabase();
  db = database.db;
});
afterAll(() => database.remove());

const create = (input: IncidentInput) => db.$transaction((tx) => createIncidentIn(tx, IncidentInputSchema.parse(input)));
const lastEntry = async (incidentId: number) => {
  const row = await db.auditEvent.findFirstOrThrow({ where: { incidentId }, orderBy: { id: "desc" }, select: historyEventSelect });
  return toHistoryEntry(row, null);
};

describe("mergeSameEvent", () => {
  it("adds the other's new sources, actors and claims, keeps this record's values, trashes the other and records both", async () => {
    const shared = buildSource({}, 1);
    const extra = { ...buildSource({}, 2), report: { originator: "police", figures: { "killed.total": { value: 11, quote: "Eleven were killed." } } } };
    const perpetrator = { name: "Hafiz Gul Bahadur group", kind: "armed_group", role: "perpetrator", certainty: "claimed" } as const;
    const target = { name: "Pakistan Army", kind: "state_force", role: "target", certainty: "confirmed" } as const;
    const into = await create(buildIncident({ title: "Kept record", killed: { total: 7, securityForces: 7 }, sources: [shared], actors: [perpetrator] }, 1));
    const other = await create(
      buildIncident(
        {
          title: "Duplicate record",
          killed: { total: 11, securityForces: 11 },
          sources: [shared, extra],
          actors: [perpetrator, target],
          claims: [buildClaim({ sourceUrl: extra.url })],
        },
        2,
      ),
    );
    await addLink(db, { incidentId: into, otherId: other, relation: "same_event", direction: "mutual", note: null }, null);
    const link = await db.incidentLink.findFirstOrThrow({ select: { id: true } });

    expect(await mergeSameEvent(db, into, link.id, null)).toEqual({
      status: "merged",
      otherId: other,
      added: { sources: 1, actors: 1, claims: 1 },
      linksMoved: 0,
    });
    const kept = (await snapshotIncident(db, into))!;
    expect(kept.title).toBe("Kept record");
    expect(kept.sources.map((s) => s.url)).toEqual([shared.url, extra.url]);
    expect(kept.sources[1]!.report.figures["killed.total"]).toMatchObject({ value: 11 });
    expect(kept.actors.map((a) => a.name)).toEqual(["Hafiz Gul Bahadur group", "Pakistan Army"]);
    expect(kept.claims).toHaveLength(1);
    expect(kept.killed.total).toBe(7);
    expect((await db.incident.findUniqueOrThrow({ where: { id: other }, select: { deletedAt: true } })).deletedAt).not.toBeNull();

    const intoEntry = await lastEntry(into);
    expect(describeAction(intoEntry)).toBe("Merged a record of the same event into this one");
    expect(intoEntry.changes).toContain(`merged into this record: #${other} Duplicate record`);
    expect(intoEntry.changes.some((c) => c.startsWith("source added"))).toBe(true);
    expect(intoEntry.restorable).toBe(true);
    const otherEntry = await lastEntry(other);
    expect(describeAction(otherEntry)).toBe("Moved to the trash");
    expect(otherEntry.changes).toEqual([`merged into #${into} Kept record`]);

    expect(await mergeSameEvent(db, into, link.id, null)).toMatchObject({ status: "invalid" });
  });

  it("moves the other's links to third records to this one, leaving those it would duplicate or that point at itself", async () => {
    const [into, other, attack, campaign] = [
      await create(buildIncident({ title: "Kept strike" }, 5)),
      await create(buildIncident({ title: "Duplicate strike" }, 6)),
      await create(buildIncident({ title: "Earlier attack" }, 7)),
      await create(buildIncident({ title: "Campaign" }, 8)),
    ];
    const link = (incidentId: number, otherId: number, relation: "same_event" | "response_to" | "part_of", note: string | null = null) =>
      addLink(db, { incidentId, otherId, relation, direction: relation === "same_event" ? "mutual" : "outgoing", note }, null);
    await link(into, other, "same_event");
    await link(other, attack, "response_to", "Two days after");
    await link(into, campaign, "part_of");
    await link(other, campaign, "part_of");
    const sameEvent = await db.incidentLink.findFirstOrThrow({ where: { fromId: into, toId: other }, select: { id: true } });

    expect(await mergeSameEvent(db, into, sameEvent.id, null)).toMatchObject({ status: "merged", linksMoved: 1 });
    const ends = async (id: number) =>
      await db.incidentLink.findMany({
        where: { OR: [{ fromId: id }, { toId: id }] },
        select: { fromId: true, toId: true, relation: true, note: true },
        orderBy: { id: "asc" },
      });
    expect(await ends(into)).toEqual([
      { fromId: into, toId: other, relation: "same_event", note: null },
      { fromId: into, toId: attack, relation: "response_to", note: "Two days after" },
      { fromId: into, toId: campaign, relation: "part_of", note: null },
    ]);
    // The duplicate "part of" stays with the record in the trash.
    expect(await ends(other)).toEqual([
      { fromId: into, toId: other, relation: "same_event", note: null },
      { fromId: other, toId: campaign, relation: "part_of", note: null },
    ]);
    const attackHistory = await db.auditEvent.findMany({ where: { incidentId: attack }, select: historyEventSelect, orderBy: { id: "asc" } });
    expect(attackHistory.map((e) => toHistoryEntry(e, null).changes).slice(-2)).toEqual([
      [`unlinked: responded to by #${other} Duplicate strike (note: Two days after)`],
      [`linked: responded to by #${into} Kept strike (note: Two days after)`],
    ]);
    const intoHistory = await db.auditEvent.findMany({ where: { incidentId: into }, select: historyEventSelect, orderBy: { id: "desc" }, take: 1 });
    expect(toHistoryEntry(intoHistory[0]!, null).changes).toEqual([`linked: response to #${attack} Earlier attack (note: Two days after)`]);
  });

  it("merges only on a same-event link of this record", async () => {
    const [a, b] = [await create(buildIncident({ title: "Response" }, 3)), await create(buildIncident({ title: "Attack" }, 4))];
    await addLink(db, { incidentId: a, otherId: b, relation: "response_to", direction: "outgoing", note: null }, null);
    const link = await db.incidentLink.findFirstOrThrow({ where: { fromId: a }, select: { id: true } });
    const events = await db.auditEvent.count();
    expect(await mergeSameEvent(db, a, link.id, null)).toMatchObject({ status: "invalid" });
    expect(await db.auditEvent.count()).toBe(events);
  });
});
