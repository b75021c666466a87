import { openSqlite } from "@/lib/incidents/write/sqlite-file";
import { writeIncidentsIn } from "@/lib/incidents/write/write-incidents-bulk";
import type { ImportPlan } from "./analyse-import";
import { deferTextSearch } from "./defer-text-search";
import { deferIndexes, shouldDeferIndexes } from "./defer-indexes";
import { writeTurns } from "@/lib/write-turns/write-turns";
import { importFileName } from "@/lib/incidents/audit/import-origin";
import { sqliteDate } from "@/lib/incidents/write/sqlite-file";
import { restoreLinksIn } from "./links/restore-links";
import { databaseKind } from "@/lib/database/database-kind";
import { writeImportPostgres } from "./write-import-postgres";
import { UploadClaimedError, type ApplyImportOptions, type ImportSummary, type WriteStep } from "./import-summary";

/** From this many rows the text-search indexes are updated set-wise at the end (defer-text-search.ts). */
export const DEFER_TEXT_SEARCH_FROM = 1000;

export type { ApplyImportOptions, ImportSummary, WriteStep };

/**
 * Writes a plan's rows in one transaction, each with its audit event: all of them or, on any
 * failure, none. Progress is reported between batches (the transaction stays open): the app's
 * own writes wait for their turn until it ends (lib/write-turns), other processes on SQLite's lock.
 */
export async function applyImport(databaseUrl: string, plan: ImportPlan, options: ApplyImportOptions): Promise<ImportSummary> {
  const endTurn = await writeTurns().bulk();
  try {
    return await writeImport(databaseUrl, plan, options);
  } finally {
    endTurn();
  }
}

/**
 * The write itself, for a caller that already holds the write turn: applyImport on this thread, or
 * the server's import worker (lib/import/jobs), whose turn is taken on the server's thread.
 */
export async function writeImport(
  databaseUrl: string,
  plan: ImportPlan,
  { userId, fileName, onProgress, audit = true, onStep, upload }: ApplyImportOptions,
): Promise<ImportSummary> {
  if (databaseKind(databaseUrl) === "postgresql") return writeImportPostgres(databaseUrl, plan, { userId, fileName, onProgress, audit, onStep, upload });
  const total = plan.items.length;
  const sqlite = openSqlite(databaseUrl);
  // This connection's settings only (openSqlite already gives it a 256 MB page cache, so the
  // transaction's pages stay in memory). temp_store = MEMORY: the sorts of a deferred index rebuild
  // and json_each's scratch are never needed after a crash, so keeping them off disk risks nothing.
  // Deliberately not changed: journal_mode (MEMORY or OFF would let a crash mid-COMMIT corrupt the
  // analysts' database, and WAL is persistent and wrote every page twice) and synchronous (the one
  // COMMIT costs ~1 s of 100,000 rows; NORMAL/OFF trade that for durability in a power cut).
  sqlite.pragma("temp_store = MEMORY");
  try {
    sqlite.exec("BEGIN IMMEDIATE");
    try {
      if (upload && sqlite.prepare(`DELETE FROM "ImportUpload" WHERE "token" = ? AND "ownerId" = ?`).run(upload.token, upload.ownerId).changes === 0)
        throw new UploadClaimedError();
      const updatedIds = plan.items.flatMap((i) => (i.kind === "update" ? [i.id] : []));
      const textSearch = total >= DEFER_TEXT_SEARCH_FROM ? deferTextSearch(sqlite, updatedIds) : null;
      const existing = Number((sqlite.prepare(`SELECT COUNT(*) AS n FROM "Incident"`).get() as { n: number }).n);
      const indexes = shouldDeferIndexes(plan.counts.create, existing) ? deferIndexes(sqlite) : null;
      await onStep?.("rows");
      const ids = await writeIncidentsIn(sqlite, plan.items, {
        onProgress: (done) => onProgress?.(done, total),
        audit: audit ? { userId, file: fileName === undefined ? undefined : importFileName(fileName) } : false,
      });
      const links = restoreLinksIn(sqlite, plan.links.restore, ids, { userId, at: sqliteDate(new Date()), audit });
      if (indexes) {
        await onStep?.("index rebuild");
        indexes.finish();
      }
      if (textSearch) {
        await onStep?.("text index");
        textSearch.finish(ids);
      }
      await onStep?.("commit");
      sqlite.exec("COMMIT");
      return { created: plan.counts.create, updated: plan.counts.update, rejected: plan.counts.reject, conflicts: plan.counts.conflict, links, ids };
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      throw error;
    }
  } finally {
    sqlite.close();
  }
}
