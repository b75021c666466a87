import { afterEach, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "@/tests/fresh-database";
import type { Db } from "@/lib/create-db";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident } from "@/lib/incidents/write/write-incident";
import { describeAction, historyEventSelect, SYSTEM_EDITOR, toHistoryEntry } from "@/lib/incidents/audit/history";
import { buildIncident } from "@/prisma/factories";
import { planImportFile } from "./import-file";
import { applyImport } from "./apply-import";

// Real SQLite files: slower than pure tests, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const open: ReturnType<typeof freshDatabase>[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.remove();
});

const header =
  "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities";
const acled = (id: string, killed: number) =>
  `${id},2024-03-16,1,Battles,Armed clash,Tehreek-i-Taliban Pakistan,2,Military Forces of Pakistan (2018-),1,Pakistan,Khyber Pakhtunkhwa,North Waziristan,Mir Ali,32.97,70.27,1,"Dawn; The News","Militants attacked a checkpost.",${killed}`;

/** The History tab's lines, newest first, as lib/incidents/audit/queries.server.ts reads them. */
async function history(db: Db, incidentId: number) {
  const { version } = await db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { version: true } });
  const rows = await db.auditEvent.findMany({
    where: { incidentId },
    orderBy: { id: "desc" },
    select: historyEventSelect,
  });
  return rows.map((r) => toHistoryEntry(r, version));
}

async function setUp() {
  const d = freshDatabase();
  open.push(d);
  await d.db.user.create({ data: { id: "u-ayesha", name: "Ayesha Khan", email: "ayesha@example.org", role: "analyst" } });
  await insertIncident(d.db, IncidentInputSchema.parse(buildIncident({ killed: { total: 7, securityForces: 7 } }, 1)));
  await d.db.incident.update({ where: { id: 1 }, data: { externalId: "PAK1" } });
  return d;
}

async function importCsv(d: Awaited<ReturnType<typeof setUp>>, userId: string | null) {
  const planned = await planImportFile(d.db, new TextEncoder().encode([header, acled("PAK1", 9), acled("PAK2", 3)].join("\n")));
  if (!planned.ok) throw new Error(planned.message);
  expect(planned.plan.counts).toEqual({ create: 1, update: 1, conflict: 0, reject: 0 });
  return applyImport(d.url, planned.plan, { userId });
}

describe("an import's audit events", () => {
  it("shows who imported a created and an updated incident, and what changed, in History", async () => {
    const d = await setUp();
    const { ids } = await importCsv(d, "u-ayesha");
    expect(ids).toEqual([1, 2]);

    const [updated] = await history(d.db, 1);
    expect(updated).toMatchObject({ action: "update", editor: "Ayesha Khan", fromVersion: 1, toVersion: 2, restorable: false });
    expect(describeAction(updated!)).toBe("Edited");
    expect(updated!.changes).toContain("killed (total): 7 -> 9");
    expect(updated!.changes.some((c) => c.startsWith("summary: "))).toBe(true);
    expect(updated!.changes.some((c) => c.startsWith("title"))).toBe(false);

    const created = await history(d.db, 2);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ action: "create", editor: "Ayesha Khan", fromVersion: null, toVersion: 1 });
    expect(created[0]!.changes).toEqual(
      expect.arrayContaining([
        "title: Armed clash in Mir Ali, North Waziristan",
        "killed (total): 3",
        "actor added: Tehreek-i-Taliban Pakistan (perpetrator, confirmed)",
      ]),
    );
  });

  it("keeps the importer's name at the time after they are renamed", async () => {
    const d = await setUp();
    await importCsv(d, "u-ayesha");
    await d.db.user.update({ where: { id: "u-ayesha" }, data: { name: "Ayesha Malik" } });
    expect((await history(d.db, 2))[0]).toMatchObject({ editor: "Ayesha Khan", editorId: "u-ayesha", editorNow: "Ayesha Malik" });
  });

  it("names the system when no user imported (the command line)", async () => {
    const d = await setUp();
    await importCsv(d, null);
    expect(await d.db.auditEvent.count()).toBe(2);
    for (const id of [1, 2]) expect((await history(d.db, id))[0]!.editor).toBe(SYSTEM_EDITOR);
  });

  it("lets an earlier version be found again after an import (restore reads the event's snapshot)", async () => {
    const d = await setUp();
    await importCsv(d, "u-ayesha");
    const event = await d.db.auditEvent.findFirstOrThrow({ where: { incidentId: 1, toVersion: 2 } });
    expect(JSON.parse(event.after!)).toMatchObject({ id: 1, version: 2, externalId: "PAK1", killed: { total: 9, securityForces: 7 } });
  });
});
