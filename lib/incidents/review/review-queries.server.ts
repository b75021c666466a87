import "server-only";
import { db } from "@/lib/db.server";
import { describeChange, diffIncidents } from "@/lib/incidents/audit/diff";
import { parseSnapshot, snapshotIncident, snapshotToDiffable } from "@/lib/incidents/audit/snapshot";
import { editorOf } from "@/lib/incidents/audit/history";
import { readAtlasSettings } from "@/lib/settings/atlas-settings";
import { parseReviewComments, type ReviewComments } from "@/lib/incidents/audit/review-comments";
import type { ReviewStep } from "./transitions";

const REVIEW_ACTIONS: ReviewStep[] = ["submit", "publish", "send_back", "reject"];
const stepSelect = { action: true, at: true, comments: true, userId: true, userName: true, user: { select: { name: true } } } as const;

export type QueueItem = { id: number; title: string; version: number; eventDate: string; province: string | null; submittedAt: string; submittedBy: string };

/** What waits for review, oldest submitted first. */
export async function reviewQueue(): Promise<QueueItem[]> {
  const rows = await db.incident.findMany({
    where: { status: "in_review", deletedAt: null },
    select: {
      id: true,
      title: true,
      version: true,
      eventDate: true,
      province: true,
      audit: { where: { action: "submit" }, orderBy: { id: "desc" }, take: 1, select: stepSelect },
    },
  });
  return rows
    .map((r) => {
      const submit = r.audit[0];
      return {
        id: r.id,
        title: r.title,
        version: r.version,
        eventDate: r.eventDate.toISOString().slice(0, 10),
        province: r.province,
        submittedAt: (submit?.at ?? new Date(0)).toISOString(),
        submittedBy: submit ? editorOf(submit).editor : "Unknown",
      };
    })
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id - b.id);
}

export type ReviewContext = {
  /** The latest review step, with who took it, when and their comments. */
  lastStep: { step: ReviewStep; by: string; byId: string | null; at: string; comments: ReviewComments | null } | null;
  singleAnalystPublishing: boolean;
  /** For a record in review: what changed since its last published version (null: never published). */
  changes: { sincePublishedVersion: number | null; lines: string[] } | null;
};

/** What a record's review panel shows: the last step, the setting, and the diff a reviewer reads. */
export async function reviewContext(incidentId: number, inReview: boolean): Promise<ReviewContext> {
  const [last, settings] = await Promise.all([
    db.auditEvent.findFirst({ where: { incidentId, action: { in: REVIEW_ACTIONS } }, orderBy: { id: "desc" }, select: stepSelect }),
    readAtlasSettings(db),
  ]);
  const lastStep = last
    ? {
        step: last.action as ReviewStep,
        ...(({ editor, editorId }) => ({ by: editor, byId: editorId }))(editorOf(last)),
        at: last.at.toISOString(),
        comments: parseReviewComments(last.comments),
      }
    : null;
  if (!inReview) return { lastStep, singleAnalystPublishing: settings.singleAnalystPublishing, changes: null };
  const [published, current] = await Promise.all([
    db.auditEvent.findFirst({ where: { incidentId, action: "publish" }, orderBy: { id: "desc" }, select: { after: true, toVersion: true } }),
    snapshotIncident(db, incidentId),
  ]);
  const before = snapshotToDiffable(parseSnapshot(published?.after ?? null));
  const lines = diffIncidents(before, snapshotToDiffable(current)).map(describeChange);
  return { lastStep, singleAnalystPublishing: settings.singleAnalystPublishing, changes: { sincePublishedVersion: published?.toVersion ?? null, lines } };
}
