import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { amina, bilal, createTwoAnalysts } from "@/tests/two-analysts";
import { buildIncident } from "@/prisma/factories";
import { IncidentInputSchema } from "../schema";
import { insertIncident } from "../write/write-incident";
import { writeAtlasSettings } from "@/lib/settings/atlas-settings";
import { takeReviewStep } from "./review-step";
import { parseReviewComments } from "@/lib/incidents/audit/review-comments";

let database: ReturnType<typeof freshDatabase>;
let db: Db;

beforeAll(async () => {
  database = freshDatabase();
  db = database.db;
  await createTwoAnalysts(db);
});
afterAll(() => database.remove());

const draft = (overrides: Parameters<typeof buildIncident>[0] = {}) =>
  insertIncident(db, IncidentInputSchema.parse(buildIncident({ status: "draft", ...overrides })));
const statusOf = async (id: number) => (await db.incident.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("takeReviewStep", () => {
  it("submit, send back with comments, resubmit, publish: each step a version and a History event", async () => {
    const id = await draft();
    expect(await takeReviewStep(db, { incidentId: id, step: "submit", user: amina })).toMatchObject({ status: "done", to: "in_review", version: 2 });
    const comments = { reason: null, fields: [{ field: "title", comment: "Name the district" }] };
    expect(await takeReviewStep(db, { incidentId: id, step: "send_back", user: bilal, comments })).toMatchObject({ status: "done", to: "draft" });
    expect(await takeReviewStep(db, { incidentId: id, step: "submit", user: amina })).toMatchObject({ status: "done", to: "in_review" });
    expect(await takeReviewStep(db, { incidentId: id, step: "publish", user: bilal, expectedVersion: 4 })).toMatchObject({
      status: "done",
      to: "published",
      version: 5,
    });
    const events = await db.auditEvent.findMany({
      where: { incidentId: id },
      orderBy: { id: "asc" },
      select: { action: true, userName: true, comments: true },
    });
    expect(events.map((e) => [e.action, e.userName])).toEqual([
      ["submit", "Amina Khan"],
      ["send_back", "Bilal Ahmed"],
      ["submit", "Amina Khan"],
      ["publish", "Bilal Ahmed"],
    ]);
    expect(parseReviewComments(events[1]!.comments)).toEqual(comments);
  });

  it("refuses the submitter's own decision, a stale version, and a step the status does not allow", async () => {
    const id = await draft();
    await takeReviewStep(db, { incidentId: id, step: "submit", user: amina });
    expect(await takeReviewStep(db, { incidentId: id, step: "publish", user: amina })).toMatchObject({ status: "refused" });
    expect(await takeReviewStep(db, { incidentId: id, step: "publish", user: bilal, expectedVersion: 1 })).toEqual({ status: "conflict", version: 2 });
    expect(await takeReviewStep(db, { incidentId: id, step: "submit", user: bilal })).toMatchObject({ status: "refused" });
    expect(await statusOf(id)).toBe("in_review");
  });

  it("publishes only what passes the rules for a published record (a source at least)", async () => {
    const id = await draft({ sources: [] });
    await takeReviewStep(db, { incidentId: id, step: "submit", user: amina });
    const result = await takeReviewStep(db, { incidentId: id, step: "publish", user: bilal });
    expect(result.status).toBe("invalid");
    expect(await statusOf(id)).toBe("in_review");
  });

  it("with single-analyst publishing, lets an analyst publish their own record, even a draft", async () => {
    await writeAtlasSettings(db, { singleAnalystPublishing: true }, "u-amina");
    const id = await draft();
    expect(await takeReviewStep(db, { incidentId: id, step: "publish", user: amina })).toMatchObject({ status: "done", to: "published" });
    const other = await draft();
    await takeReviewStep(db, { incidentId: other, step: "submit", user: amina });
    expect(await takeReviewStep(db, { incidentId: other, step: "publish", user: amina })).toMatchObject({ status: "done" });
    await writeAtlasSettings(db, { singleAnalystPublishing: false }, "u-amina");
  });

  it("rejects with a reason and lets the record be submitted again", async () => {
    const id = await draft();
    await takeReviewStep(db, { incidentId: id, step: "submit", user: amina });
    expect(await takeReviewStep(db, { incidentId: id, step: "reject", user: bilal, comments: { reason: "Not an incident", fields: [] } })).toMatchObject({
      to: "rejected",
    });
    expect(await takeReviewStep(db, { incidentId: id, step: "submit", user: amina })).toMatchObject({ to: "in_review" });
  });
});
