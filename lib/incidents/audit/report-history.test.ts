import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { IncidentInputSchema, type IncidentInput } from "@/lib/incidents/schema";
import { createIncidentIn, replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { restoreVersion } from "@/lib/incidents/write/restore-version";
import { buildIncident, buildSource } from "@/prisma/factories";
import { auditedWrite } from "./audited-write";
import { historyEventSelect, toHistoryEntry } from "./history";
import { snapshotIncident } from "./snapshot";

/** A source's report through History and restore, on a real SQLite database (issue #13). */
let database: ReturnType<typeof freshDatabase>;
let db: Db;

beforeAll(() => {
  database = freshDatabase();
  db = database.db;
});
afterAll(() => database.remove());

const withReport = (report: unknown): IncidentInput =>
  buildIncident({ sources: [{ ...buildSource({}, 1), report } as NonNullable<IncidentInput["sources"]>[number]] });
const save = (id: number, input: IncidentInput) =>
  auditedWrite(db, { userId: null, action: "update", incidentId: id }, async (tx) =>
    (await replaceIncidentIn(tx, id, IncidentInputSchema.parse(input))) ? id : null,
  );

describe("a source's report in the History", () => {
  it("shows a changed figure, fact and originator as changes, and restoring a version restores the report", async () => {
    const first = {
      originator: "the army",
      figures: { "killed.total": { value: 7, quote: "Seven soldiers were killed." } },
      facts: { location: { value: "Mir Ali", quote: null } },
    };
    const created = await auditedWrite(db, { userId: null, action: "create" }, (tx) => createIncidentIn(tx, IncidentInputSchema.parse(withReport(first))));
    if (created.status !== "saved") throw new Error("not saved");
    const id = created.id;
    await save(id, withReport({ originator: "police", figures: { "killed.total": { value: 9, quote: null }, "injured.total": { value: 4, quote: null } } }));

    const events = await db.auditEvent.findMany({ where: { incidentId: id }, orderBy: { id: "desc" }, select: historyEventSelect });
    const edit = toHistoryEntry(events[0]!, null);
    const source = "source Example News (https://news.example.org/2024/03/report-1)";
    expect(edit.changes).toEqual([
      // The coded figures follow the one report (docs/decisions/016-coded-figures.md).
      "killed (total): 7 -> 9",
      "killed (low estimate): 7 -> 9",
      "killed (high estimate): 7 -> 9",
      "injured (total): not reported -> 4",
      `${source}: reported by: the army -> police`,
      `${source}: reports killed (total): 7 ("Seven soldiers were killed.") -> 9`,
      `${source}: reports injured (total): not stated -> 4`,
      `${source}: reports place of the event: Mir Ali -> not stated`,
    ]);

    const restored = await restoreVersion(db, { incidentId: id, version: 1, userId: null });
    expect(restored).toEqual({ status: "restored", version: 3 });
    const now = await db.$transaction((tx) => snapshotIncident(tx, id));
    expect(now!.sources[0]!.report).toEqual(first);
    expect(await db.reportedFigure.count({ where: { incidentId: id } })).toBe(1);
  });

  it("removing a source removes its report with it", async () => {
    const created = await auditedWrite(db, { userId: null, action: "create" }, (tx) =>
      createIncidentIn(tx, IncidentInputSchema.parse(withReport({ originator: null, figures: { "killed.total": { value: 8, quote: null } } }))),
    );
    if (created.status !== "saved") throw new Error("not saved");
    await save(created.id, buildIncident({ sources: [buildSource({}, 2)] }));
    expect(await db.reportedFigure.count({ where: { incidentId: created.id } })).toBe(0);
  });
});
