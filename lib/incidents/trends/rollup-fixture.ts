import type { Db } from "@/lib/create-db";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident, replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { acledText, importText } from "@/tests/import-helpers";
import { buildIncident } from "@/prisma/factories";
import { addDays } from "@/lib/dates/iso-date";
import { mergeSameEvent } from "@/lib/incidents/links/merge-records";

/**
 * What the rollups' tests (trends.test.ts, overview/aggregates.test.ts) write to a fresh database: a
 * varied set of incidents, then writes of every kind that move them between rollup groups.
 */

const PROVINCES = ["Khyber Pakhtunkhwa", "Balochistan", "Punjab", null] as const;
const TYPES = [
  ["Battles", "Armed clash"],
  ["Explosions/Remote violence", "Suicide bomb"],
  ["Violence against civilians", "Attack"],
] as const;
const ACTORS = ["Tehreek-e-Taliban Pakistan", "Balochistan Liberation Army", "Islamic State Khorasan"];

/**
 * 90 incidents over two and a half years, every 10th day or so: tolls split, unsplit and unknown,
 * none to two perpetrators, a draft every 11th, one (id 45) in the trash.
 */
export async function seedRollupIncidents(db: Db): Promise<void> {
  for (let n = 1; n <= 90; n++) {
    const [eventType, subEventType] = TYPES[n % 3]!;
    const total = n % 7 === 0 ? null : (n * 5) % 13;
    const split = n % 4 === 0 && total !== null;
    const perpetrators = ACTORS.slice(n % 3, (n % 3) + (n % 3 === 2 ? 0 : n % 2 === 0 ? 2 : 1));
    const input = buildIncident(
      {
        eventDate: addDays("2023-06-01", n * 10 + (n % 5)),
        province: PROVINCES[n % 4]!,
        ...(PROVINCES[n % 4] === null ? { latitude: null, longitude: null } : {}),
        eventType,
        subEventType,
        suicide: subEventType === "Suicide bomb",
        status: n % 11 === 0 ? "draft" : "published",
        killed: split ? { total, securityForces: Math.floor(total / 2), civilians: 1 % (total + 1), militants: null, unknown: null } : { total },
        actors: perpetrators.map((name) => ({ name, kind: "armed_group" as const, role: "perpetrator" as const, certainty: "claimed" as const })),
      } as never,
      n,
    );
    const id = await insertIncident(db, IncidentInputSchema.parse(input));
    if (n === 45) await db.incident.update({ where: { id }, data: { deletedAt: new Date() } });
    // Derived from the sources' reports in the app; set directly here.
    if (n % 6 === 0) await db.incident.update({ where: { id }, data: { figuresDisputed: true } });
  }
}

/**
 * After seedRollupIncidents: a create, edits of the date (across months and within one), province,
 * event type, tolls and status, trash, an edit in the trash, restore, hard deletes, changes of
 * perpetrators (added, removed, another actor or role, in and out of the trash), a merge and two
 * imports through the import's bulk writer.
 */
export async function writeEveryWay(db: Db, url: string): Promise<void> {
  // Created through the form's writer, in a month and province of its own.
  const created = await insertIncident(
    db,
    IncidentInputSchema.parse(buildIncident({ eventDate: "2024-05-14", province: "Punjab", killed: { total: 4 } } as never, 200)),
  );
  // Edited: another province, date, event type and toll, as the form and the API replace a record.
  const [edited] = await db.incident.findMany({ where: { deletedAt: null, provinceIso: "PK-KP" }, orderBy: { id: "asc" }, take: 1, select: { id: true } });
  const replacement = buildIncident(
    {
      eventDate: "2025-01-03",
      province: "Balochistan",
      eventType: "Explosions/Remote violence",
      subEventType: "Suicide bomb",
      suicide: true,
      killed: { total: 12, securityForces: 5, civilians: 6, militants: 1, unknown: null },
    } as never,
    201,
  );
  await db.$transaction((tx) => replaceIncidentIn(tx, edited!.id, IncidentInputSchema.parse(replacement)));
  // The created one edited too, its toll only.
  await db.$transaction((tx) =>
    replaceIncidentIn(
      tx,
      created,
      IncidentInputSchema.parse(buildIncident({ eventDate: "2024-05-14", province: "Punjab", killed: { total: 9 } } as never, 200)),
    ),
  );
  // Review steps: a draft published, a published record sent back.
  await db.incident.update({ where: { id: 11 }, data: { status: "published" } });
  await db.incident.update({ where: { id: 13 }, data: { status: "draft" } });
  // Edits the day rollup sees and the monthly one does not: another day in the same month, a toll.
  await db.incident.update({ where: { id: 50 }, data: { eventDate: new Date("2024-10-02T00:00:00Z") } });
  await db.incident.update({ where: { id: 52 }, data: { killedTotal: null } });
  // Trash, and a restore of the record trashed at the start; an edit while in the trash counts nowhere.
  await db.incident.updateMany({ where: { id: 20, deletedAt: null }, data: { deletedAt: new Date() } });
  await db.incident.update({ where: { id: 20 }, data: { killedTotal: 99 } });
  await db.incident.updateMany({ where: { id: 45 }, data: { deletedAt: null } });
  // Hard deletes: a live record and a trashed one.
  await db.incident.update({ where: { id: 30 }, data: { deletedAt: new Date() } });
  await db.incident.delete({ where: { id: 30 } });
  await db.incident.delete({ where: { id: 31 } });
  await changePerpetrators(db);
  // The import's bulk writer: one new record, one update of an imported record.
  await importText(
    db,
    url,
    acledText([
      ["PAK1", "2024-03-16", "Punjab", 7],
      ["PAK2", "2023-12-02", "Sindh", 3],
    ]),
  );
  await importText(db, url, acledText([["PAK2", "2024-07-19", "Khyber Pakhtunkhwa", 5]]));
}

/**
 * Writes the perpetrator rollup's IncidentActor triggers see (decision 025, amendment of
 * 2026-12-06). The seed names TTP on ids divisible by 3 (and BLA too when even), BLA on ids of
 * remainder 1 (and ISK too when even), nobody on remainder 2.
 */
async function changePerpetrators(db: Db): Promise<void> {
  const actorId = async (name: string) => (await db.actor.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;
  const [ttp, isk] = [await actorId(ACTORS[0]!), await actorId(ACTORS[2]!)];
  // Another role: 33's perpetrator becomes a target, and another actor: 37's BLA becomes TTP.
  await db.incidentActor.updateMany({ where: { incidentId: 33 }, data: { role: "target" } });
  await db.incidentActor.updateMany({ where: { incidentId: 37 }, data: { actorId: ttp } });
  // Removed, and added to a record that had none.
  await db.incidentActor.deleteMany({ where: { incidentId: 39 } });
  await db.incidentActor.create({ data: { incidentId: 41, actorId: isk, role: "perpetrator", certainty: "alleged" } });
  // Added while in the trash (20, trashed above): counted only once it is restored.
  await db.incidentActor.create({ data: { incidentId: 20, actorId: ttp, role: "perpetrator", certainty: "claimed" } });
  await db.incident.update({ where: { id: 20 }, data: { deletedAt: null } });
  // A merge of 48 (TTP and BLA) into 43 (BLA): 43 gains TTP, 48 goes to the trash.
  const link = await db.incidentLink.create({ data: { fromId: 43, toId: 48, relation: "same_event" }, select: { id: true } });
  const merged = await mergeSameEvent(db, 43, link.id, null);
  if (merged.status !== "merged") throw new Error(`The fixture's merge failed: ${merged.message}`);
}
