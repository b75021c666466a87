import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { createIncidentIn, replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { buildIncident } from "@/prisma/factories";
import { auditedWrite } from "./audited-write";
import { historyEventSelect, toHistoryEntry } from "./history";

/** Audit events written through Prisma (the form, the API, restores) on a real SQLite database. */
let database: ReturnType<typeof freshDatabase>;
let db: Db;

beforeAll(async () => {
  database = freshDatabase();
  db = database.db;
  await db.user.create({ data: { id: "u-bilal", name: "Bilal Ahmed", email: "bilal@example.org", role: "analyst" } });
});

afterAll(() => database.remove());

const history = async (incidentId: number) =>
  (await db.auditEvent.findMany({ where: { incidentId }, orderBy: { id: "desc" }, select: historyEventSelect })).map((r) => toHistoryEntry(r, null));

describe("recordAudit", () => {
  it("stores the editor's name with each change, so History reads the same after a rename", async () => {
    const data = IncidentInputSchema.parse(buildIncident({}, 1));
    const created = await auditedWrite(db, { userId: "u-bilal", action: "create" }, (tx) => createIncidentIn(tx, data));
    if (created.status !== "saved") throw new Error("not saved");
    await db.user.update({ where: { id: "u-bilal" }, data: { name: "Bilal Khan" } });
    await auditedWrite(db, { userId: "u-bilal", action: "update", incidentId: created.id }, async (tx) =>
      (await replaceIncidentIn(tx, created.id, { ...data, title: "Renamed title" })) ? created.id : null,
    );

    const [edit, creation] = await history(created.id);
    expect(edit).toMatchObject({ editor: "Bilal Khan", editorId: "u-bilal", editorNow: null });
    expect(creation).toMatchObject({ editor: "Bilal Ahmed", editorId: "u-bilal", editorNow: "Bilal Khan" });
  });

  it("stores no name for changes no user made", async () => {
    const data = IncidentInputSchema.parse(buildIncident({}, 2));
    const created = await auditedWrite(db, { userId: null, action: "create" }, (tx) => createIncidentIn(tx, data));
    if (created.status !== "saved") throw new Error("not saved");
    expect(await db.auditEvent.findFirst({ where: { incidentId: created.id }, select: { userName: true } })).toEqual({ userName: null });
    expect((await history(created.id))[0]).toMatchObject({ editor: "System (import or seed)", editorId: null, editorNow: null });
  });
});
