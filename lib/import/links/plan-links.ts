import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import { storedEnds, type StoredEnds } from "@/lib/incidents/links/link-ends";
import type { ImportLink } from "./import-link-schema";

/** The links of one row the import writes; `hereId` is null for a new record without an Atlas id (known once written). */
export type RowLinks = { item: number; hereId: number | null; where: string; links: ImportLink[] };

/** One link to write: `item` is the row's place among the plan's items, whose written id is `hereId`'s when that is null. */
export type LinkToRestore = { item: number; hereId: number | null; otherId: number; link: ImportLink };

export type LinkSkip = { where: string; reason: string };

export type LinkPlan = {
  restore: LinkToRestore[];
  /** Links the atlas already has. */
  already: number;
  skipped: number;
  /** The first MAX_LISTED skips, for the preview. */
  skips: LinkSkip[];
};

export const MAX_LISTED_SKIPS = 50;
export const NO_LINKS: LinkPlan = { restore: [], already: 0, skipped: 0, skips: [] };

type Other = { id: number; title: string; trashed: boolean };

// One query per kind, the ids as one JSON list (as find-existing.ts does).
async function findIncidents(db: Db, ids: number[]): Promise<Map<number, Other>> {
  if (!ids.length) return new Map();
  const rows = await db.$queryRaw<{ id: number | bigint; title: string; trashed: number | bigint | boolean }[]>`
    SELECT i."id" AS "id", i."title" AS "title", i."deletedAt" IS NOT NULL AS "trashed"
    FROM (${dialectOf(db).jsonValues(JSON.stringify(ids), "int")}) AS k JOIN "Incident" AS i ON i."id" = k.value`;
  return new Map(rows.map((r) => [Number(r.id), { id: Number(r.id), title: r.title, trashed: Boolean(Number(r.trashed)) }]));
}

const key = (e: StoredEnds) => `${e.fromId}|${e.toId}|${e.relation}`;

async function existingLinks(db: Db, ends: StoredEnds[]): Promise<Set<string>> {
  if (!ends.length) return new Set();
  const dialect = dialectOf(db);
  const triples = dialect.jsonTriples(JSON.stringify(ends.map((e) => [e.fromId, e.toId, e.relation])));
  const rows = await db.$queryRaw<{ fromId: number | bigint; toId: number | bigint; relation: StoredEnds["relation"] }[]>`
    SELECT l."fromId" AS "fromId", l."toId" AS "toId", l."relation" AS "relation" FROM (${triples}) AS k
    JOIN "IncidentLink" AS l ON l."fromId" = k.a AND l."toId" = k.b AND ${dialect.enumText(Prisma.sql`l."relation"`)} = k.c`;
  return new Set(rows.map((r) => key({ fromId: Number(r.fromId), toId: Number(r.toId), relation: r.relation })));
}

/**
 * Which of a file's links an import restores (decision 023). Exports name the other record by its id
 * in the atlas that wrote the file: a row of this file with that Atlas id is that record (it keeps
 * its id); otherwise the atlas's record with that id, when it is not in the trash and has the title
 * the file gives (so a file from another atlas names no stranger). Each link is in the file twice,
 * once from each end: it is restored once. Reads only.
 */
export async function planLinks(db: Db, rows: RowLinks[], fileIds: ReadonlySet<number>): Promise<LinkPlan> {
  const named = [...new Set(rows.flatMap((r) => r.links.map((l) => l.incidentId)).filter((id) => !fileIds.has(id)))];
  const incidents = await findIncidents(db, named);
  const plan: LinkPlan = { restore: [], already: 0, skipped: 0, skips: [] };
  const skip = (where: string, reason: string) => {
    plan.skipped++;
    if (plan.skips.length < MAX_LISTED_SKIPS) plan.skips.push({ where, reason });
  };
  const seen = new Set<string>();
  const known: { ends: StoredEnds; restore: LinkToRestore }[] = [];
  for (const row of rows) {
    for (const link of row.links) {
      if (!fileIds.has(link.incidentId)) {
        const other = incidents.get(link.incidentId);
        if (!other) {
          skip(row.where, `#${link.incidentId} (${link.title}): other incident not in the Atlas`);
          continue;
        }
        if (other.trashed) {
          skip(row.where, `#${link.incidentId} (${link.title}): other incident is in the trash`);
          continue;
        }
        if (other.title !== link.title) {
          skip(row.where, `#${link.incidentId}: the Atlas's incident with this id is another one ("${other.title}", the file says "${link.title}")`);
          continue;
        }
      }
      const restore: LinkToRestore = { item: row.item, hereId: row.hereId, otherId: link.incidentId, link };
      if (row.hereId === null) {
        plan.restore.push(restore);
        continue;
      }
      if (row.hereId === link.incidentId) {
        skip(row.where, `#${link.incidentId}: a link from the incident to itself`);
        continue;
      }
      const ends = storedEnds(row.hereId, link.incidentId, link.relation, link.direction);
      if (seen.has(key(ends))) continue;
      seen.add(key(ends));
      known.push({ ends, restore });
    }
  }
  const existing = await existingLinks(
    db,
    known.map((k) => k.ends),
  );
  for (const { ends, restore } of known) {
    if (existing.has(key(ends))) plan.already++;
    else plan.restore.push(restore);
  }
  return plan;
}
