import "server-only";
import { db } from "@/lib/db.server";
import { describeChange, diffIncidents } from "@/lib/incidents/audit/diff";
import { parseSnapshot, snapshotIncident, snapshotToDiffable } from "@/lib/incidents/audit/snapshot";
import { editorOf } from "@/lib/incidents/audit/history";
import { readAtlasSettings } from "@/lib/settings/atlas-settings";
import { parseReviewComments, type ReviewComments } from "@/lib/incidents/audit/review-comments";
import type { ReviewStep } from "./transitions";
import type { Status } from "@/lib/taxonomy/statuses";
import type { DiffableIncident } from "@/lib/incidents/audit/diffable";
import { readPendingEdit } from "../pending-edits/pending-edits";
import type { PendingEditState } from "../pending-edits/pending-edit";

const REVIEW_ACTIONS: ReviewStep[] = ["submit", "publish", "send_back", "reject"];
const stepSelect = { action: true, at: true, comments: true, userId: true, userName: true, user: { select: { name: true } } } as const;

export type QueueItem = {
  id: number;
  /** A record not yet published, or an edit of a published one (decision 024). */
  kind: "record" | "edit";
  title: string;
  version: number;
  eventDate: string;
  province: string | null;
  submittedAt: string;
  submittedBy: string;
};

const queueSelect = {
  id: true,
  title: true,
  version: true,
  eventDate: true,
  province: true,
} as const;

/** What waits for review, records and edits of published records, oldest submitted first. */
export async function reviewQueue(): Promise<QueueItem[]> {
  const [records, edits] = await Promise.all([
    db.incident.findMany({
      where: { status: "in_review", deletedAt: null },
      select: { ...queueSelect, audit: { where: { action: "submit" }, orderBy: { id: "desc" }, take: 1, select: stepSelect } },
    }),
    db.incident.findMany({
      where: { status: "published", deletedAt: null, pendingEdit: { state: "in_review" } },
      select: { ...queueSelect, audit: { where: { action: { in: ["propose_edit", "submit"] } }, orderBy: { id: "desc" }, take: 1, select: stepSelect } },
    }),
  ]);
  const item = (kind: QueueItem["kind"]) => (r: (typeof records)[number]) => {
    const submit = r.audit[0];
    return {
      id: r.id,
      kind,
      title: r.title,
      version: r.version,
      eventDate: r.eventDate.toISOString().slice(0, 10),
      province: r.province,
      submittedAt: (submit?.at ?? new Date(0)).toISOString(),
      submittedBy: submit ? editorOf(submit).editor : "Unknown",
    };
  };
  return [...records.map(item("record")), ...edits.map(item("edit"))].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id - b.id);
}

export type ReviewContext = {
  /** The latest review step, with who took it, when and their comments. */
  lastStep: { step: ReviewStep; by: string; byId: string | null; at: string; comments: ReviewComments | null } | null;
  singleAnalystPublishing: boolean;
  /**
   * For a record in review: what changed since its last published version (null: never published).
   * For a published record with an edit waiting: what the edit changes (`proposed`).
   */
  changes: { sincePublishedVersion: number | null; proposed: boolean; lines: string[] } | null;
  /** For a published record: the edit waiting for review beside it (decision 024). */
  pendingEdit: { state: PendingEditState; by: string; byId: string | null; at: string } | null;
};

type StepRow = Awaited<ReturnType<typeof lastStepEvent>>;

function lastStepEvent(incidentId: number, afterId = 0) {
  return db.auditEvent.findFirst({ where: { incidentId, action: { in: REVIEW_ACTIONS }, id: { gt: afterId } }, orderBy: { id: "desc" }, select: stepSelect });
}

function toLastStep(last: StepRow): ReviewContext["lastStep"] {
  if (!last) return null;
  const { editor, editorId } = editorOf(last);
  return { step: last.action as ReviewStep, by: editor, byId: editorId, at: last.at.toISOString(), comments: parseReviewComments(last.comments) };
}

/**
 * What a record's review panel shows: the last step, the setting, and the diff a reviewer reads; for
 * a published record, its pending edit's (null when it has none: nothing waits).
 */
export async function reviewContext(incidentId: number, status: Status): Promise<ReviewContext | null> {
  if (status === "published") return pendingEditContext(incidentId);
  const [last, settings] = await Promise.all([lastStepEvent(incidentId), readAtlasSettings(db)]);
  const base = { lastStep: toLastStep(last), singleAnalystPublishing: settings.singleAnalystPublishing, pendingEdit: null };
  if (status !== "in_review") return { ...base, changes: null };
  const [published, current] = await Promise.all([
    db.auditEvent.findFirst({ where: { incidentId, action: "publish" }, orderBy: { id: "desc" }, select: { after: true, toVersion: true } }),
    snapshotIncident(db, incidentId),
  ]);
  const before = snapshotToDiffable(parseSnapshot(published?.after ?? null));
  const lines = diffIncidents(before, snapshotToDiffable(current)).map(describeChange);
  return { ...base, changes: { sincePublishedVersion: published?.toVersion ?? null, proposed: false, lines } };
}

/** The review of the edit waiting beside a published record: steps taken since it was last put forward, and what it changes. */
async function pendingEditContext(incidentId: number): Promise<ReviewContext | null> {
  const [pending, proposal, current, settings] = await Promise.all([
    readPendingEdit(db, incidentId),
    db.auditEvent.findFirst({ where: { incidentId, action: "propose_edit" }, orderBy: { id: "desc" }, select: { ...stepSelect, id: true } }),
    snapshotIncident(db, incidentId),
    readAtlasSettings(db),
  ]);
  if (!pending || !current) return null;
  const by = proposal ? editorOf(proposal) : { editor: "Unknown", editorId: pending.authorId };
  const lines = diffIncidents(snapshotToDiffable(current), pending.data as DiffableIncident).map(describeChange);
  return {
    lastStep: toLastStep(await lastStepEvent(incidentId, proposal?.id)),
    singleAnalystPublishing: settings.singleAnalystPublishing,
    changes: { sincePublishedVersion: current.version, proposed: true, lines },
    pendingEdit: { state: pending.state, by: by.editor, byId: by.editorId ?? pending.authorId, at: (proposal?.at ?? pending.updatedAt).toISOString() },
  };
}
