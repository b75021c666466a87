import { createDb } from "@/lib/create-db";
import type { Prisma } from "@/generated/prisma/client";
import { createIncidentIn, replaceIncidentIn } from "@/lib/incidents/write/write-incident";
import { StaleRecordError } from "@/lib/incidents/write/write-incidents-bulk";
import { snapshotIncident } from "@/lib/incidents/audit/snapshot";
import { recordAudit } from "@/lib/incidents/audit/record-audit";
import { importFileName } from "@/lib/incidents/audit/import-origin";
import { recordLinkEvents } from "@/lib/incidents/links/link-writes";
import { storedEnds } from "@/lib/incidents/links/link-ends";
import type { ImportPlan } from "./analyse-import";
import type { LinkToRestore } from "./links/plan-links";
import { UploadClaimedError, type ApplyImportOptions, type ImportSummary } from "./import-summary";

/** Long enough for a large file: the whole import is one transaction, as on SQLite. */
const IMPORT_TRANSACTION_MS = 60 * 60_000;
const PROGRESS_EVERY = 200;

/**
 * The import's write on PostgreSQL (docs/decisions/029): the same rows, audit events and restored
 * links as the better-sqlite3 bulk writer, in one transaction, written through the app's own write
 * path (createIncidentIn/replaceIncidentIn, which the bulk writer's tests compare it with). Correct,
 * and slower than the bulk writer: no deferred indexes, one statement per row and relation.
 */
export async function writeImportPostgres(
  databaseUrl: string,
  plan: ImportPlan,
  { userId, fileName, onProgress, audit = true, onStep, upload }: ApplyImportOptions,
): Promise<ImportSummary> {
  const db = createDb(databaseUrl);
  const file = fileName === undefined ? undefined : importFileName(fileName);
  const total = plan.items.length;
  try {
    await onStep?.("rows");
    const { ids, links } = await db.$transaction(
      async (tx) => {
        // A second confirmation of the same preview waits here for the first to commit, then finds it gone.
        if (upload && (await tx.importUpload.deleteMany({ where: { token: upload.token, ownerId: upload.ownerId } })).count === 0)
          throw new UploadClaimedError();
        const ids: number[] = [];
        for (const [index, item] of plan.items.entries()) {
          const before = item.kind === "update" ? await snapshotIncident(tx, item.id) : null;
          let id: number;
          if (item.kind === "create") id = await createIncidentIn(tx, item.data, item.keeping);
          else {
            const current = item.expectedVersion === undefined || before?.version === item.expectedVersion;
            if (!current || !(await replaceIncidentIn(tx, item.id, item.data, { externalId: item.keeping.externalId ?? null })))
              throw new StaleRecordError(`Incident ${item.id} was saved, deleted or moved to the trash during the import`);
            id = item.id;
          }
          ids.push(id);
          if (audit) {
            const origin = file !== undefined && item.where ? { file, where: item.where, externalId: item.keeping.externalId ?? null } : null;
            await recordAudit(tx, { incidentId: id, userId, action: item.kind, before, after: await snapshotIncident(tx, id), origin });
          }
          if ((index + 1) % PROGRESS_EVERY === 0 || index === total - 1) await onProgress?.(index + 1, total);
        }
        // Records restored with their Atlas ids do not move the id sequence: move it past them.
        await tx.$executeRaw`SELECT setval(pg_get_serial_sequence('"Incident"', 'id'), MAX("id")) FROM "Incident" HAVING MAX("id") IS NOT NULL`;
        const links = await restoreLinks(tx, plan.links.restore, ids, userId, audit);
        await onStep?.("commit");
        return { ids, links };
      },
      { timeout: IMPORT_TRANSACTION_MS, maxWait: 60_000 },
    );
    return { created: plan.counts.create, updated: plan.counts.update, rejected: plan.counts.reject, conflicts: plan.counts.conflict, links, ids };
  } finally {
    await db.$disconnect();
  }
}

/** As restoreLinksIn (SQLite): each new link with a "linked" event on both ends; one already there is left alone. */
async function restoreLinks(tx: Prisma.TransactionClient, links: LinkToRestore[], ids: number[], userId: string | null, audit: boolean): Promise<number> {
  let written = 0;
  for (const { item, hereId, otherId, link } of links) {
    const here = hereId ?? ids[item];
    if (here === undefined || here === otherId) continue;
    const ends = storedEnds(here, otherId, link.relation, link.direction);
    const count = await tx.$executeRaw`INSERT INTO "IncidentLink" ("fromId", "toId", "relation", "note", "createdById")
      VALUES (${ends.fromId}, ${ends.toId}, ${ends.relation}::"LinkRelation", NULL, ${userId}) ON CONFLICT DO NOTHING`;
    if (count === 0) continue;
    written++;
    if (!audit) continue;
    const rows = await tx.incident.findMany({ where: { id: { in: [ends.fromId, ends.toId] } }, select: { id: true, title: true } });
    await recordLinkEvents(tx, "link", ends, new Map(rows.map((r) => [r.id, r.title])), userId, null);
  }
  return written;
}
