import { describeChange, diffIncidents } from "./diff";
import { parseSnapshot, snapshotToDiffable } from "./snapshot";
import type { AuditAction } from "./record-audit";

/** Who made a change no signed-in user made: the seed, or an import run from the command line. */
export const SYSTEM_EDITOR = "System (import or seed)";

/** One line of an incident's History: who did what, when, and the changes in words. */
export type HistoryEntry = {
  id: number;
  action: AuditAction;
  at: string;
  editor: string;
  fromVersion: number | null;
  toVersion: number | null;
  restoredVersion: number | null;
  changes: string[];
  /** Whether this version can be brought back (it left a full record behind). */
  restorable: boolean;
};

type EventRow = {
  id: number;
  action: string;
  at: Date;
  before: string | null;
  after: string | null;
  fromVersion: number | null;
  toVersion: number | null;
  restoredVersion: number | null;
  user: { name: string } | null;
};

/** Pure: a stored event as a History entry. The newest entry is the current version, so not restorable. */
export function toHistoryEntry(row: EventRow, currentVersion: number | null): HistoryEntry {
  const before = snapshotToDiffable(parseSnapshot(row.before));
  const after = snapshotToDiffable(parseSnapshot(row.after));
  const changes = row.action === "delete" ? [] : diffIncidents(before, after).map(describeChange);
  return {
    id: row.id,
    action: row.action as AuditAction,
    at: row.at.toISOString(),
    editor: row.user?.name ?? SYSTEM_EDITOR,
    fromVersion: row.fromVersion,
    toVersion: row.toVersion,
    restoredVersion: row.restoredVersion,
    changes,
    restorable: row.after !== null && row.toVersion !== null && row.toVersion !== currentVersion,
  };
}

/** The heading of an entry: "Edited", "Restored version 3"... */
export function describeAction(entry: Pick<HistoryEntry, "action" | "restoredVersion">): string {
  switch (entry.action) {
    case "create":
      return "Created";
    case "update":
      return "Edited";
    case "delete":
      return "Moved to the trash";
    case "restore":
      return entry.restoredVersion ? `Restored version ${entry.restoredVersion}` : "Restored from the trash";
  }
}
