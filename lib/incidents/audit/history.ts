import { describeChange, diffIncidents } from "./diff";
import { parseSnapshot, snapshotToDiffable } from "./snapshot";
import { REVIEW_ACTION_LABELS, type AuditAction } from "./record-audit";
import { parseReviewComments, type ReviewComments } from "./review-comments";
import { hasProvenance } from "@/lib/sources/provenance/provenance-fields";
import { readImportOrigin, type ImportOrigin } from "./import-origin";
import { describeLinkChange, readLinkAudit } from "./link-audit";

/** Who made a change no signed-in user made: the seed, or an import run from the command line. */
export const SYSTEM_EDITOR = "System (import or seed)";

/** One line of an incident's History: who did what, when, and the changes in words. */
export type HistoryEntry = {
  id: number;
  action: AuditAction;
  at: string;
  /** Who made the change, by the name they had then. */
  editor: string;
  /** Their account, when it still exists, and its name now when that differs from `editor`. */
  editorId: string | null;
  editorNow: string | null;
  fromVersion: number | null;
  toVersion: number | null;
  restoredVersion: number | null;
  changes: string[];
  /** For each change, the value whose reports and quotes can be shown ("killed.total"), or null. */
  whyFields: (string | null)[];
  /** Whether this version can be brought back (it left a full record behind). */
  restorable: boolean;
  /** A review step's reason and comments on fields (staff only: editors-for-reader.ts). */
  comments: ReviewComments | null;
  /** For a version an import wrote: its file (staff only), the row's place in it and its outside id. */
  importOrigin: ImportOrigin | null;
  /** For a link or unlink: the other record's id (readers who may not read it do not see the entry). */
  linkedIncidentId: number | null;
};

/** What toHistoryEntry reads of a stored event (a Prisma select). */
export const historyEventSelect = {
  id: true,
  action: true,
  at: true,
  before: true,
  after: true,
  fromVersion: true,
  toVersion: true,
  restoredVersion: true,
  comments: true,
  importOrigin: true,
  link: true,
  userId: true,
  userName: true,
  user: { select: { name: true } },
} as const;

type EventRow = {
  id: number;
  action: string;
  at: Date;
  before: string | null;
  after: string | null;
  fromVersion: number | null;
  toVersion: number | null;
  restoredVersion: number | null;
  comments?: string | null;
  importOrigin?: string | null;
  link?: string | null;
  userId: string | null;
  /** The user's name when the change was recorded. */
  userName: string | null;
  user: { name: string } | null;
};

/** Who made a recorded change: the name stored with it (names change; History must not), and the name now. */
export function editorOf(row: Pick<EventRow, "userId" | "userName" | "user">): { editor: string; editorId: string | null; editorNow: string | null } {
  const editor = row.userName ?? row.user?.name ?? SYSTEM_EDITOR;
  const now = row.user?.name ?? null;
  return { editor, editorId: row.userId, editorNow: now !== null && now !== editor ? now : null };
}

/** Pure: a stored event as a History entry. The newest entry is the current version, so not restorable. */
export function toHistoryEntry(row: EventRow, currentVersion: number | null): HistoryEntry {
  const before = snapshotToDiffable(parseSnapshot(row.before));
  const after = snapshotToDiffable(parseSnapshot(row.after));
  const diff = row.action === "delete" ? [] : diffIncidents(before, after);
  const link = readLinkAudit(row.link);
  return {
    id: row.id,
    action: row.action as AuditAction,
    at: row.at.toISOString(),
    ...editorOf(row),
    fromVersion: row.fromVersion,
    toVersion: row.toVersion,
    restoredVersion: row.restoredVersion,
    changes: [...diff.map(describeChange), ...(link ? [describeLinkChange(link)] : [])],
    whyFields: [...diff.map((c) => (hasProvenance(c.path) ? c.path : null)), ...(link ? [null] : [])],
    comments: parseReviewComments(row.comments ?? null),
    importOrigin: readImportOrigin(row.importOrigin),
    linkedIncidentId: link?.incidentId ?? null,
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
    case "submit":
    case "publish":
    case "send_back":
    case "reject":
      return REVIEW_ACTION_LABELS[entry.action];
    case "link":
      return "Linked to another incident";
    case "unlink":
      return "Link removed";
    case "merge":
      return "Merged a record of the same event into this one";
    case "propose_edit":
      return "Edit proposed for review";
  }
}
