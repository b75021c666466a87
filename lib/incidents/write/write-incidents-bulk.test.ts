import { afterEach, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "@/tests/fresh-database";
import { openSqlite } from "@/lib/incidents/write/sqlite-file";
import { snapshotIncident } from "@/lib/incidents/audit/snapshot";
import { buildClaim, buildIncident, buildSource } from "@/prisma/factories";
import { IncidentInputSchema } from "../schema";
import { insertIncident } from "./write-incident";
import { StaleRecordError, writeIncidentsIn, type BulkItem } from "./write-incidents-bulk";

// Real SQLite files: slower than pure tests, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const open: ReturnType<typeof freshDatabase>[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.remove();
});

async function setUp() {
  const d = freshDatabase();
  open.push(d);
  await d.db.user.create({ data: { id: "u-ayesha", name: "Ayesha Khan", email: "ayesha@example.org", role: "analyst" } });
  await d.db.actor.create({ data: { name: "Tehreek-i-Taliban Pakistan", kind: "armed_group", aliases: { create: [{ alias: "TTP" }] } } });
  // A source already known, lacking a headline the import fills in.
  await insertIncident(d.db, IncidentInputSchema.parse(buildIncident({ sources: [buildSource({ headline: null }, 1)] }, 1)));
  return d;
}

function write(url: string, items: BulkItem[], userId: string | null) {
  const sqlite = openSqlite(url);
  try {
    sqlite.exec("BEGIN IMMEDIATE");
    return writeIncidentsIn(sqlite, items, { audit: { userId } })
      .then((ids) => {
        sqlite.exec("COMMIT");
        return ids;
      })
      .catch((error: unknown) => {
        sqlite.exec("ROLLBACK");
        throw error;
      })
      .finally(() => sqlite.close());
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

const varied = IncidentInputSchema.parse(
  buildIncident(
    {
      sources: [buildSource({}, 1), buildSource({ quote: "Seven soldiers were martyred, ISPR said." }, 2)],
      actors: [
        { name: "ttp", kind: "armed_group", role: "perpetrator", certainty: "claimed" },
        { name: "Pakistan Army", kind: "state_force", role: "target", certainty: "confirmed" },
      ],
      claims: [buildClaim({ claimantName: "TTP", subject: "Pakistan Army" }), buildClaim({ kind: "denial", sourceUrl: buildSource({}, 2).url })],
      endDate: "2024-03-17",
      datePrecision: "week",
    },
    2,
  ),
);

describe("bulk write audit events", () => {
  it("records a create with the same snapshot the Prisma write path reads back", async () => {
    const { db, url } = await setUp();
    const [id] = await write(url, [{ kind: "create", data: varied, keeping: { externalId: "PAK42" } }], "u-ayesha");
    const events = await db.auditEvent.findMany({ where: { incidentId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ userId: "u-ayesha", action: "create", before: null, fromVersion: null, toVersion: 1, restoredVersion: null });
    expect(JSON.parse(events[0]!.after!)).toEqual(await snapshotIncident(db, id!));
  });

  it("records an update with the snapshots before and after, and the versions", async () => {
    const { db, url } = await setUp();
    const before = await snapshotIncident(db, 1);
    const changed = IncidentInputSchema.parse(buildIncident({ location: "Miranshah", sources: [buildSource({}, 1)] }, 1));
    await write(url, [{ kind: "update", id: 1, data: changed, keeping: { externalId: null } }], null);
    const [event] = await db.auditEvent.findMany({ where: { incidentId: 1 } });
    expect(event).toMatchObject({ userId: null, action: "update", fromVersion: 1, toVersion: 2 });
    expect(JSON.parse(event!.before!)).toEqual(before);
    const after = await snapshotIncident(db, 1);
    expect(JSON.parse(event!.after!)).toEqual(after);
    expect(after).toMatchObject({ version: 2, location: "Miranshah" });
  });

  it("writes no incident and no event when the transaction fails", async () => {
    const { db, url } = await setUp();
    await db.incident.update({ where: { id: 1 }, data: { deletedAt: new Date() } });
    const items: BulkItem[] = [
      { kind: "create", data: varied, keeping: {} },
      { kind: "update", id: 1, data: varied, keeping: { externalId: null } },
    ];
    await expect(write(url, items, "u-ayesha")).rejects.toBeInstanceOf(StaleRecordError);
    expect(await db.auditEvent.count()).toBe(0);
    expect(await db.incident.count()).toBe(1);
  });

  it("refuses the whole write when a record was saved after the update was planned", async () => {
    const { db, url } = await setUp();
    const items: BulkItem[] = [
      { kind: "create", data: varied, keeping: {} },
      { kind: "update", id: 1, expectedVersion: 1, data: varied, keeping: { externalId: null } },
    ];
    await db.incident.update({ where: { id: 1 }, data: { version: 2 } });
    await expect(write(url, items, "u-ayesha")).rejects.toBeInstanceOf(StaleRecordError);
    expect(await db.incident.count()).toBe(1);
    await write(url, [{ ...items[1]!, expectedVersion: 2 } as BulkItem], "u-ayesha");
    expect(await db.incident.findUniqueOrThrow({ where: { id: 1 }, select: { version: true } })).toEqual({ version: 3 });
  });

  it("can leave the events out, for measuring their cost", async () => {
    const { db, url } = await setUp();
    const sqlite = openSqlite(url);
    sqlite.exec("BEGIN");
    await writeIncidentsIn(sqlite, [{ kind: "create", data: varied, keeping: {} }], { audit: false });
    sqlite.exec("COMMIT");
    sqlite.close();
    expect(await db.incident.count()).toBe(2);
    expect(await db.auditEvent.count()).toBe(0);
  });
});
