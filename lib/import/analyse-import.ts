import { setImmediate as nextTurn } from "node:timers/promises";
import type { Db } from "@/lib/create-db";
import { IncidentInputSchema, type IncidentInput } from "@/lib/incidents/schema";
import { incidentRecordSelect, toIncidentRecord } from "@/lib/incidents/record/record";
import { keepExistingReports } from "./keep-reports";
import { withDatasetSources } from "./with-dataset-sources";
import { recordToInput } from "@/lib/incidents/record/record-to-input";
import type { BulkItem } from "@/lib/incidents/write/write-incidents-bulk";
import { toFieldErrors } from "@/lib/validation/field-errors";
import type { Candidate, ImportFormat } from "./candidate";
import { findExisting } from "./find-existing";
import { KEEP_NEWER, describeConflict, overwrites, versionConflict, type ConflictChoice, type VersionConflict } from "./version-conflict";
import { PREVIEW_LIMITS } from "./preview-limits";
import { planLinks, type LinkPlan, type RowLinks } from "./links/plan-links";

export type PlanAction = "create" | "update" | "conflict" | "reject";

export type PlanRow = {
  line: number;
  where: string;
  /** conflict: the record was saved after the row was exported; not written unless chosen (version-conflict.ts). */
  action: PlanAction;
  title: string;
  reasons: string[];
  notes: string[];
  /** The incident an update (or a conflict) replaces. */
  targetId: number | null;
  conflict: VersionConflict | null;
};

export type ImportPlan = {
  format: ImportFormat;
  /** The rows the preview lists: the first PREVIEW_LIMITS of each kind, in file order (the counts cover all). */
  rows: PlanRow[];
  /** What the confirmed import writes, in file order. */
  items: BulkItem[];
  counts: Record<PlanAction, number>;
  /** The links of the rows written that the import restores, or why not (plan-links.ts). */
  links: LinkPlan;
};

/** Rows looked up and checked together: bounded memory whatever the file's size, a few queries per chunk. */
const CHUNK = 1000;
/** Ids per Prisma `in` list. */
const IN_LIST = 500;

/**
 * The fields an ACLED row owns; an update keeps the rest of the record (title, claims, the articles
 * an analyst cited...). ACLED's own dataset source and its report are ACLED's: replaced (decision 020).
 */
function mergeAcled(existing: IncidentInput, acled: IncidentInput): IncidentInput {
  return {
    ...existing,
    ...acled,
    title: existing.title,
    status: existing.status,
    sources: withDatasetSources(existing.sources ?? [], acled.sources ?? []),
    claims: existing.claims,
    killed: { ...existing.killed, total: acled.killed?.total ?? null },
  };
}

/** The file's keys seen so far, and the links of the rows to write with the Atlas ids they keep. */
type Seen = { atlas: Map<number, string>; external: Map<string, string>; links: RowLinks[]; writtenIds: Set<number> };

/**
 * What status imported records get (decision 017). "drafts": every new record is a draft and an updated
 * one keeps its status, so nothing an analyst imports through the app is published without review.
 * "from-file": the statuses an Atlas file carries, for restoring an export from the command line
 * (whoever runs it runs the server).
 */
export type ImportStatuses = "drafts" | "from-file";

/**
 * Decides what each row of a file does: create, update (same Atlas id, or same external id such as
 * ACLED's event_id_cnty), conflict (an Atlas row exported before the record's latest save; written
 * only when `choice` says so) or reject, with every reason. Reads the database, writes nothing. The
 * rows are taken a chunk at a time (a CSV file's are read as they are consumed), so only the plan stays.
 */
export async function analyseImport(
  db: Db,
  format: ImportFormat,
  candidates: Iterable<Candidate>,
  choice: ConflictChoice = KEEP_NEWER,
  statuses: ImportStatuses = "drafts",
): Promise<ImportPlan> {
  const plan: ImportPlan = {
    format,
    rows: [],
    items: [],
    counts: { create: 0, update: 0, conflict: 0, reject: 0 },
    links: { restore: [], already: 0, skipped: 0, skips: [] },
  };
  const seen: Seen = { atlas: new Map(), external: new Map(), links: [], writtenIds: new Set() };
  let chunk: Candidate[] = [];
  for (const c of candidates) {
    chunk.push(c);
    if (chunk.length === CHUNK) {
      await analyseChunk(db, chunk, seen, plan, choice, statuses);
      chunk = [];
      // The database driver is synchronous: without a new turn of the event loop, planning 100,000
      // rows would answer no other request for seconds.
      await nextTurn();
    }
  }
  if (chunk.length) await analyseChunk(db, chunk, seen, plan, choice, statuses);
  plan.links = await planLinks(db, seen.links, seen.writtenIds);
  return plan;
}

async function analyseChunk(db: Db, candidates: Candidate[], seen: Seen, plan: ImportPlan, choice: ConflictChoice, statuses: ImportStatuses): Promise<void> {
  const atlasIds = [...new Set(candidates.flatMap((c) => (c.atlasId ? [c.atlasId] : [])))];
  const externalIds = [...new Set(candidates.flatMap((c) => (c.externalId ? [c.externalId] : [])))];
  const { byId, byExternal } = await findExisting(db, atlasIds, externalIds);
  const mergeIds = candidates.flatMap((c) => {
    const e = c.mergeIntoExisting && c.externalId ? byExternal.get(c.externalId) : undefined;
    // Atlas's CSV carries no reports: its updates keep the existing ones (keep-reports.ts).
    const t = plan.format === "atlas-csv" ? (c.atlasId ? byId.get(c.atlasId) : c.externalId ? byExternal.get(c.externalId) : undefined) : e;
    return t && !t.trashed ? [t.id] : [];
  });
  const mergeBase = new Map<number, IncidentInput>();
  for (let i = 0; i < mergeIds.length; i += IN_LIST) {
    const rows = await db.incident.findMany({ where: { id: { in: mergeIds.slice(i, i + IN_LIST) } }, select: incidentRecordSelect });
    for (const row of rows) mergeBase.set(row.id, recordToInput(toIncidentRecord(row)));
  }

  const { rows, items, counts } = plan;
  const { atlas: seenAtlas, external: seenExternal } = seen;
  for (const c of candidates) {
    const reasons = [...c.problems];
    const title = c.input?.title ?? "";
    const target = c.atlasId ? byId.get(c.atlasId) : c.externalId ? byExternal.get(c.externalId) : undefined;
    const holder = c.externalId ? byExternal.get(c.externalId) : undefined;
    if (c.atlasId && seenAtlas.has(c.atlasId)) reasons.push(`the same atlas_id ${c.atlasId} as ${seenAtlas.get(c.atlasId)}`);
    if (c.externalId && seenExternal.has(c.externalId)) reasons.push(`the same event_id_cnty "${c.externalId}" as ${seenExternal.get(c.externalId)}`);
    if (target?.trashed) reasons.push(`incident ${target.id} is in the trash: restore it before importing over it`);
    if (holder && holder.id !== target?.id) reasons.push(`event_id_cnty "${c.externalId}" already belongs to incident ${holder.id}`);

    let data = null;
    if (!reasons.length && c.input) {
      const base = target ? mergeBase.get(target.id) : undefined;
      const merged = !base ? c.input : c.mergeIntoExisting ? mergeAcled(base, c.input) : keepExistingReports(base, c.input);
      const status = statuses === "from-file" ? merged.status : (target?.status ?? "draft");
      const parsed = IncidentInputSchema.safeParse({ ...merged, status });
      if (parsed.success) data = parsed.data;
      else reasons.push(...Object.entries(toFieldErrors(parsed.error)).map(([path, m]) => `${path}: ${m.join("; ")}`));
    }
    if (c.atlasId) seenAtlas.set(c.atlasId, c.where);
    if (c.externalId) seenExternal.set(c.externalId, c.where);
    // Only the rows the preview shows are kept: a file of 800,000 bad rows held them all (1 GB).
    const listAccepted = counts.create + counts.update < PREVIEW_LIMITS.accepted;
    if (!data) {
      if (counts.reject < PREVIEW_LIMITS.rejected)
        rows.push({ line: c.line, where: c.where, action: "reject", title, reasons, notes: c.notes, targetId: null, conflict: null });
      counts.reject++;
      continue;
    }
    const externalId = c.externalId;
    if (target) {
      const conflict = versionConflict({ atlasId: c.atlasId, version: c.keeping.version }, target);
      const row = { line: c.line, where: c.where, title: data.title, targetId: target.id, conflict };
      if (conflict && !overwrites(choice, target.id, target.version)) {
        rows.push({ ...row, action: "conflict", reasons: [describeConflict(target.id, conflict)], notes: c.notes });
        counts.conflict++;
        continue;
      }
      // The version read now: a save between this check and the write makes the import fail whole.
      items.push({ kind: "update", id: target.id, expectedVersion: target.version, data, keeping: { externalId }, where: c.where });
      written(seen, c, items.length - 1, target.id);
      const overwritten = conflict ? [`overwrites version ${target.version} (${describeConflict(target.id, conflict)})`] : [];
      if (listAccepted) rows.push({ ...row, action: "update", reasons: [], notes: [...c.notes, ...overwritten] });
      counts.update++;
    } else {
      items.push({ kind: "create", data, keeping: { ...c.keeping, externalId, ...(c.atlasId ? { id: c.atlasId } : {}) }, where: c.where });
      written(seen, c, items.length - 1, c.atlasId);
      if (listAccepted)
        rows.push({ line: c.line, where: c.where, action: "create", title: data.title, reasons: [], notes: c.notes, targetId: null, conflict: null });
      counts.create++;
    }
  }
}

/** A row to write: the id it will have (null for a new record the file gives no id) and its links. */
function written(seen: Seen, c: Candidate, item: number, id: number | null) {
  if (id !== null) seen.writtenIds.add(id);
  if (c.links.length) seen.links.push({ item, hereId: id, where: c.where, links: c.links });
}
