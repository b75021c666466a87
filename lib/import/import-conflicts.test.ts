import { afterEach, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "@/tests/fresh-database";
import type { Db } from "@/lib/create-db";
import { IncidentInputSchema, type IncidentData } from "@/lib/incidents/schema";
import { createIncidentIn, replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { StaleRecordError } from "@/lib/incidents/write/write-incidents-bulk";
import { auditedWrite } from "@/lib/incidents/audit/audited-write";
import type { ExportFormat } from "@/lib/export/formats";
import { exportText } from "@/tests/export-text";
import { buildIncident } from "@/prisma/factories";
import { planImportFile } from "./import-file";
import { applyImport } from "./apply-import";
import { explainConflicts } from "./explain-conflicts";
import { toPreview } from "./preview";
import { parseCsv } from "@/lib/csv/parse-csv";
import { csvRow } from "@/lib/csv/write-csv";
import type { ConflictChoice } from "./version-conflict";

// Real SQLite files: slower than pure tests, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const open: ReturnType<typeof freshDatabase>[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.remove();
});

const encode = (s: string) => new TextEncoder().encode(s);

const original = IncidentInputSchema.parse(buildIncident({ killed: { total: 7, securityForces: 7 } }, 1)) as IncidentData;

/** Incident 1 created by Ayesha (version 1), exported, then saved by Bilal (version 2): the file is stale. */
async function staleExport(format: ExportFormat) {
  const d = freshDatabase();
  open.push(d);
  await d.db.user.createMany({
    data: [
      { id: "u-ayesha", name: "Ayesha Khan", email: "ayesha@example.org", role: "analyst" },
      { id: "u-bilal", name: "Bilal Ahmed", email: "bilal@example.org", role: "analyst" },
    ],
  });
  await auditedWrite(d.db, { userId: "u-ayesha", action: "create" }, (tx) => createIncidentIn(tx, original));
  const file = encode(await exportText(d.db, format));
  const edited = { ...original, killed: { ...original.killed, total: 9, securityForces: 9 } };
  await auditedWrite(d.db, { userId: "u-bilal", action: "update", incidentId: 1, expectedVersion: 1 }, async (tx) =>
    (await replaceIncidentIn(tx, 1, edited)) ? 1 : null,
  );
  return { ...d, file };
}

async function plan(db: Db, file: Uint8Array, choice?: ConflictChoice) {
  const planned = await planImportFile(db, file, choice);
  if (!planned.ok) throw new Error(planned.message);
  return planned.plan;
}

const killed = async (db: Db) => db.incident.findUniqueOrThrow({ where: { id: 1 }, select: { version: true, killedTotal: true } });

describe("re-importing a file exported before a newer edit", () => {
  for (const format of ["csv", "geojson", "json"] as const) {
    it(`shows the ${format} row as a conflict and writes nothing over the newer edit`, async () => {
      const d = await staleExport(format);
      const p = await plan(d.db, d.file);
      expect(p.counts).toEqual({ create: 0, update: 0, conflict: 1, reject: 0 });
      expect(p.rows[0]).toMatchObject({
        action: "conflict",
        targetId: 1,
        conflict: { exportedVersion: 1, currentVersion: 2 },
        reasons: ["exported at version 1; incident 1 is now at version 2"],
      });
      expect(p.items).toEqual([]);
      expect(await applyImport(d.url, p, { userId: "u-ayesha" })).toMatchObject({ created: 0, updated: 0, conflicts: 1 });
      expect(await killed(d.db)).toEqual({ version: 2, killedTotal: 9 });
    });
  }

  it("says in the preview what changed since the export, and who saved it", async () => {
    const d = await staleExport("csv");
    const preview = await explainConflicts(d.db, toPreview(await plan(d.db, d.file), "t", "stale.csv"));
    expect(preview.rows[0]!.conflict).toEqual({
      exportedVersion: 1,
      currentVersion: 2,
      changes: ["killed (total): 7 -> 9", "killed (security forces): 7 -> 9"],
      changedBy: ["Bilal Ahmed"],
    });
  });

  it("overwrites the newer edit when the analyst chooses to, and History records it", async () => {
    const d = await staleExport("csv");
    for (const overwrite of ["all", new Set([1])] as const) {
      const { version } = await killed(d.db);
      const p = await plan(d.db, d.file, { overwrite, previewed: new Map([[1, version]]) });
      expect(p.counts).toMatchObject({ update: 1, conflict: 0 });
      expect(p.rows[0]!.notes).toContain(`overwrites version ${version} (exported at version 1; incident 1 is now at version ${version})`);
      await applyImport(d.url, p, { userId: "u-ayesha" });
    }
    expect(await killed(d.db)).toEqual({ version: 4, killedTotal: 7 });
    const event = await d.db.auditEvent.findFirstOrThrow({ where: { incidentId: 1, toVersion: 3 } });
    expect(event).toMatchObject({ action: "update", userId: "u-ayesha", userName: "Ayesha Khan", fromVersion: 2 });
  });

  it("keeps rows not chosen, and a record saved again after the preview, as they are", async () => {
    const d = await staleExport("csv");
    expect((await plan(d.db, d.file, { overwrite: new Set([2]) })).counts.conflict).toBe(1);
    // The preview showed version 2; someone saved version 3 before the confirmation.
    await d.db.incident.update({ where: { id: 1 }, data: { version: 3 } });
    expect((await plan(d.db, d.file, { overwrite: "all", previewed: new Map([[1, 2]]) })).counts).toMatchObject({ update: 0, conflict: 1 });
  });

  it("fails whole when the record is saved between the check and the write", async () => {
    const d = await staleExport("csv");
    const p = await plan(d.db, d.file, { overwrite: "all" });
    await d.db.incident.update({ where: { id: 1 }, data: { version: 3 } });
    await expect(applyImport(d.url, p, { userId: "u-ayesha" })).rejects.toBeInstanceOf(StaleRecordError);
    expect(await killed(d.db)).toEqual({ version: 3, killedTotal: 9 });
  });

  it("treats an Atlas CSV row without a version as a conflict", async () => {
    const d = await staleExport("csv");
    const [header, row] = [...parseCsv(new TextDecoder().decode(d.file))].map((r) => r.fields);
    row![header!.indexOf("version")] = "";
    const p = await plan(d.db, encode(`${csvRow(header!)}\r\n${csvRow(row!)}`));
    expect(p.rows[0]).toMatchObject({ action: "conflict", conflict: { exportedVersion: null, currentVersion: 2 } });
  });

  it("updates from an ACLED file as before: ACLED rows carry no Atlas version", async () => {
    const d = await staleExport("csv");
    await d.db.incident.update({ where: { id: 1 }, data: { externalId: "PAK1" } });
    const header =
      "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities";
    const acled = `${header}\nPAK1,2024-03-16,1,Battles,Armed clash,Tehreek-i-Taliban Pakistan,2,Pakistan,Khyber Pakhtunkhwa,North Waziristan,Mir Ali,32.97,70.27,1,Dawn,Militants attacked a checkpost.,11`;
    const p = await plan(d.db, encode(acled));
    expect(p.counts).toEqual({ create: 0, update: 1, conflict: 0, reject: 0 });
    await applyImport(d.url, p, { userId: null });
    expect(await killed(d.db)).toEqual({ version: 3, killedTotal: 11 });
  });
});
