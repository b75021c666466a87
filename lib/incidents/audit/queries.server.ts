import "server-only";
import { db } from "@/lib/db.server";
import type { Status } from "@/lib/taxonomy/statuses";
import { cachedByVersion } from "@/lib/read-cache/cached-by-version.server";
import { editorOf, historyEventSelect, toHistoryEntry, type HistoryEntry } from "./history";
import { readImportOrigin, type ImportOrigin } from "./import-origin";

const editorSelect = { userId: true, userName: true, user: { select: { name: true } } } as const;

/** An incident's recorded changes, newest first, with their field-level differences in words; kept until the data changes. */
export const getIncidentHistory = cachedByVersion(
  "incident-history",
  200,
  async (incidentId: number): Promise<{ title: string; status: Status; version: number; deleted: boolean; entries: HistoryEntry[] } | null> => {
    const incident = await db.incident.findUnique({ where: { id: incidentId }, select: { title: true, status: true, version: true, deletedAt: true } });
    if (!incident) return null;
    const rows = await db.auditEvent.findMany({ where: { incidentId }, orderBy: { id: "desc" }, select: historyEventSelect });
    const current = incident.deletedAt ? null : incident.version;
    return {
      title: incident.title,
      status: incident.status,
      version: incident.version,
      deleted: !!incident.deletedAt,
      entries: rows.map((r) => toHistoryEntry(r, current)),
    };
  },
);

export type IncidentEditors = {
  createdBy: string | null;
  /** When the record was added to this Atlas (its "create" entry); an import or restore may keep an earlier createdAt from its file. */
  addedAt: string | null;
  lastEditedBy: string | null;
  lastEditedAt: string | null;
  /** The latest version an import wrote: who ran it, when, and the file and row it came from. */
  lastImport: { by: string; at: string; origin: ImportOrigin } | null;
};

/** "Created by … / last edited by …" for the detail page, from the audit history; kept until the data changes. */
export const getIncidentEditors = cachedByVersion("incident-editors", 500, async (incidentId: number): Promise<IncidentEditors> => {
  const [first, last, imported] = await Promise.all([
    db.auditEvent.findFirst({ where: { incidentId, action: "create" }, orderBy: { id: "asc" }, select: { at: true, ...editorSelect } }),
    db.auditEvent.findFirst({ where: { incidentId }, orderBy: { id: "desc" }, select: { at: true, ...editorSelect } }),
    db.auditEvent.findFirst({
      where: { incidentId, importOrigin: { not: null } },
      orderBy: { id: "desc" },
      select: { at: true, importOrigin: true, ...editorSelect },
    }),
  ]);
  const origin = readImportOrigin(imported?.importOrigin);
  return {
    createdBy: first ? editorOf(first).editor : null,
    addedAt: first?.at.toISOString() ?? null,
    lastEditedBy: last ? editorOf(last).editor : null,
    lastEditedAt: last?.at.toISOString() ?? null,
    lastImport: imported && origin ? { by: editorOf(imported).editor, at: imported.at.toISOString(), origin } : null,
  };
});
