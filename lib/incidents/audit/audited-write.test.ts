import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/create-db";
import { twoServerDatabase } from "@/tests/two-servers";
import { IncidentInputSchema } from "@/lib/incidents/schema";
import { insertIncident } from "@/lib/incidents/write/write-incident";
import { buildIncident } from "@/prisma/factories";
import { auditedWrite } from "./audited-write";

let servers: ReturnType<typeof twoServerDatabase>;
/** Two app servers (tests/two-servers.ts). */
let a: Db;
let b: Db;

beforeAll(() => {
  servers = twoServerDatabase();
  ({ a, b } = servers);
});
afterAll(() => servers.remove());

/** Resolves once `count` callers are waiting, or after `ms` (when the database holds one of them back). */
function meetingPoint(count: number, ms: number) {
  let waiting = 0;
  const all: (() => void)[] = [];
  return () =>
    new Promise<void>((resolve) => {
      waiting += 1;
      all.push(resolve);
      if (waiting === count) all.forEach((r) => r());
      setTimeout(resolve, ms);
    });
}

vi.setConfig({ testTimeout: 30_000 });

describe("two saves of the same version at once", () => {
  it("save one and refuse the other as a conflict, whichever server each reached", async () => {
    const id = await insertIncident(a, IncidentInputSchema.parse(buildIncident({ title: "Raid in Mir Ali" }, 1)));
    const { version } = await a.incident.findUniqueOrThrow({ where: { id }, select: { version: true } });
    // Each save waits, after its version check, until the other has checked too: without a lock both
    // pass the check and the second silently overwrites the first.
    const bothChecked = meetingPoint(2, 1_500);
    const save = (db: Db, title: string) =>
      auditedWrite(db, { userId: null, action: "update", incidentId: id, expectedVersion: version }, async (tx) => {
        await bothChecked();
        await tx.incident.update({ where: { id }, data: { title, version: { increment: 1 } } });
        return id;
      });
    const results = await Promise.all([save(a, "Amina's title"), save(b, "Bilal's title")]);
    expect(results.map((r) => r.status).sort()).toEqual(["conflict", "saved"]);
    const saved = results.findIndex((r) => r.status === "saved");
    expect(await a.incident.findUniqueOrThrow({ where: { id }, select: { version: true, title: true } })).toEqual({
      version: version + 1,
      title: saved === 0 ? "Amina's title" : "Bilal's title",
    });
    expect(await a.auditEvent.count({ where: { incidentId: id, action: "update" } })).toBe(1);
  });
});
