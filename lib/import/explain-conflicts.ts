import type { Db } from "@/lib/create-db";
import { describeChange, diffIncidents } from "@/lib/incidents/audit/diff";
import { editorOf } from "@/lib/incidents/audit/history";
import { snapshotIncident, snapshotToDiffable } from "@/lib/incidents/audit/snapshot";
import { findVersionSnapshot } from "@/lib/incidents/audit/version-snapshot";
import type { ImportPreview } from "./preview";

/**
 * Adds to each conflict a preview lists what changed in its record since the version the row was
 * exported at, in History's words, and who saved those versions: what overwriting would undo.
 * A few queries per conflict, for the conflicts the preview lists only.
 */
export async function explainConflicts(db: Db, preview: ImportPreview): Promise<ImportPreview> {
  const rows: ImportPreview["rows"] = [];
  for (const row of preview.rows) {
    const exported = row.conflict?.exportedVersion ?? null;
    if (!row.conflict || row.targetId === null || exported === null) {
      rows.push(row);
      continue;
    }
    const id = row.targetId;
    const [then, now, saves] = await Promise.all([
      findVersionSnapshot(db, id, exported),
      snapshotIncident(db, id),
      db.auditEvent.findMany({
        where: { incidentId: id, toVersion: { gt: exported } },
        orderBy: { id: "asc" },
        select: { userId: true, userName: true, user: { select: { name: true } } },
      }),
    ]);
    const changes = then && now ? diffIncidents(snapshotToDiffable(then), snapshotToDiffable(now)).map(describeChange) : [];
    rows.push({ ...row, conflict: { ...row.conflict, changes, changedBy: [...new Set(saves.map((s) => editorOf(s).editor))] } });
  }
  return { ...preview, rows };
}
