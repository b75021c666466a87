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

/** From this many rows the text-search indexes are updated set-wise at the end (defer-text-search.ts). */
export const DEFER_TEXT_SEARCH_FROM = 1000;

/** The steps of the write, in order (the rebuilds only when deferred): for progress (the import page) and timing (bench-import.ts). */
export type WriteStep = "rows" | "index rebuild" | "text index" | "commit";

/**
 * conflicts: rows left unwritten because their record was saved after the export (version-conflict.ts);
 * links: links between incidents restored from the file (plan-links.ts).
 */
export type ImportSummary = { created: number; updated: number; rejected: number; conflicts: number; links: number; ids: number[] };

export type ApplyImportOptions = {
  /** The signed-in user the audit events name; null for the command line ("System (import or seed)"). */
  userId: string | null;
  /** The imported file's name, kept with each row's audit event beside the row's line (import-origin.ts). */
  fileName?: string;
  onProgress?: (done: number, total: number) => Promise<void> | void;
  /** False skips the audit events: only for measuring their cost (bench-import.ts). */
  audit?: boolean;
  /** Called as each step of the write starts; awaited, so a caller can flush a progress message first. */
  onStep?: (step: WriteStep) => Promise<void> | void;
};

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
  { userId, fileName, onProgress, audit = true, onStep }: ApplyImportOptions,
): Promise<ImportSummary> {
  if (databaseKind(databaseUrl) === "postgresql") return writeImportPostgres(databaseUrl, plan, { userId, fileName, onProgress, audit, onStep });
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
