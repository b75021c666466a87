import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { amina, bilal, createTwoAnalysts } from "@/tests/two-analysts";
import { buildIncident } from "@/prisma/factories";
import { IncidentInputSchema } from "../schema";
import { insertIncident } from "../write/write-incident";
import { writeAtlasSettings } from "@/lib/settings/atlas-settings";
import { proposeEdit, readPendingEdit } from "../pending-edits/pending-edits";
import { takeReviewStep } from "./review-step";
import { auditedWrite } from "@/lib/incidents/audit/audited-write";
import { createIncidentIn, replaceIncidentIn } from "../write/write-incident";
import { restoreVersion } from "../write/restore-version";

let database: ReturnType<typeof freshDatabase>;
let db: Db;

beforeAll(async () => {
  database = freshDatabase();
  db = database.db;
  await createTwoAnalysts(db);
});
afterAll(() => database.remove());

const published = () => insertIncident(db, IncidentInputSchema.parse(buildIncident({ status: "published", title: "Published title" })));
const edited = (title: string) => IncidentInputSchema.parse(buildIncident({ status: "published", title }));
const live = (id: number) => db.incident.findUniqueOrThrow({ where: { id }, select: { title: true, version: true, status: true } });
const actions = async (id: number) =>
  (await db.auditEvent.findMany({ where: { incidentId: id }, orderBy: { id: "asc" }, select: { action: true, userName: true } })).map((e) => [
    e.action,
    e.userName,
  ]);

describe("an edit of a published record waits for review (decision 024)", () => {
  it("is kept beside the record, which the public keeps reading, until a second analyst publishes it", async () => {
    const id = await published();
    expect(await proposeEdit(db, id, edited("Edited title"), { userId: amina.id, expectedVersion: 1 })).toEqual({ status: "proposed", id });
    expect(await live(id)).toEqual({ title: "Published title", version: 1, status: "published" });
    expect((await readPendingEdit(db, id))?.data.title).toBe("Edited title");

    expect(await takeReviewStep(db, { incidentId: id, step: "publish", user: amina })).toMatchObject({ status: "refused" });
    expect(await takeReviewStep(db, { incidentId: id, step: "publish", user: bilal, expectedVersion: 1 })).toMatchObject({
      status: "done",
      to: "published",
      version: 2,
    });
    expect(await live(id)).toEqual({ title: "Edited title", version: 2, status: "published" });
    expect(await readPendingEdit(db, id)).toBeNull();
    // The change is its author's; the decision to publish it the reviewer's.
    expect(await actions(id)).toEqual([
      ["propose_edit", "Amina Khan"],
      ["update", "Amina Khan"],
      ["publish", "Bilal Ahmed"],
    ]);
  });

  it("refuses an edit made on an old version, and publishing over a record changed since", async () => {
    const id = await published();
    expect(await proposeEdit(db, id, edited("Too late"), { userId: amina.id, expectedVersion: 7 })).toMatchObject({ status: "conflict" });
    await proposeEdit(db, id, edited("Proposed on version 1"), { userId: amina.id, expectedVersion: 1 });
    await db.incident.update({ where: { id }, data: { version: 2 } });
    const result = await takeReviewStep(db, { incidentId: id, step: "publish", user: bilal });
    expect(result).toMatchObject({ status: "refused" });
    expect(result.status === "refused" && result.reason).toMatch(/changed after this edit was made \(version 1, now 2\)/);
    expect((await live(id)).title).toBe("Published title");
  });

  it("sent back, it waits for its author; resubmitted, for review again; rejected, it is gone and the record unchanged", async () => {
    const id = await published();
    await proposeEdit(db, id, edited("Needs work"), { userId: amina.id, expectedVersion: 1 });
    const comments = { reason: null, fields: [{ field: "title", comment: "Say which post" }] };
    expect(await takeReviewStep(db, { incidentId: id, step: "send_back", user: bilal, comments })).toMatchObject({ status: "done" });
    expect((await readPendingEdit(db, id))?.state).toBe("sent_back");
    expect(await takeReviewStep(db, { incidentId: id, step: "publish", user: bilal })).toMatchObject({ status: "refused" });
    expect(await takeReviewStep(db, { incidentId: id, step: "submit", user: amina })).toMatchObject({ status: "done" });
    expect((await readPendingEdit(db, id))?.state).toBe("in_review");
    expect(
      await takeReviewStep(db, { incidentId: id, step: "reject", user: bilal, comments: { reason: "Not supported by the sources", fields: [] } }),
    ).toMatchObject({ status: "done" });
    expect(await readPendingEdit(db, id)).toBeNull();
    expect(await live(id)).toEqual({ title: "Published title", version: 1, status: "published" });
  });

  it("with single-analyst publishing on, the author may publish their own edit", async () => {
    const id = await published();
    await proposeEdit(db, id, edited("Alone"), { userId: amina.id, expectedVersion: 1 });
    await writeAtlasSettings(db, { singleAnalystPublishing: true }, amina.id);
    try {
      expect(await takeReviewStep(db, { incidentId: id, step: "publish", user: amina })).toMatchObject({ status: "done", version: 2 });
      expect((await live(id)).title).toBe("Alone");
    } finally {
      await writeAtlasSettings(db, { singleAnalystPublishing: false }, amina.id);
    }
  });

  it("restoring an earlier version of a published record is an edit like any other: it waits for review", async () => {
    const created = await auditedWrite(db, { userId: null, action: "create" }, (tx) => createIncidentIn(tx, edited("Version one")));
    if (created.status !== "saved") throw new Error("not saved");
    const id = created.id;
    await auditedWrite(db, { userId: null, action: "update", incidentId: id }, async (tx) =>
      (await replaceIncidentIn(tx, id, edited("Version two"))) ? id : null,
    );
    expect(await restoreVersion(db, { incidentId: id, version: 1, userId: amina.id, expectedVersion: 2 })).toEqual({ status: "proposed" });
    expect(await live(id)).toEqual({ title: "Version two", version: 2, status: "published" });
    expect(await takeReviewStep(db, { incidentId: id, step: "publish", user: bilal })).toMatchObject({ status: "done", version: 3 });
    expect((await live(id)).title).toBe("Version one");
  });

  it("a published record with no edit waiting has no step to take", async () => {
    const id = await published();
    expect(await takeReviewStep(db, { incidentId: id, step: "publish", user: bilal })).toMatchObject({ status: "refused" });
  });
});
