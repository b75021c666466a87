import { openSqlite } from "@/lib/incidents/sqlite-file";
import { writeIncidentsIn } from "@/lib/incidents/write-incidents-bulk";
import type { ImportPlan } from "./analyse-import";

export type ImportSummary = { created: number; updated: number; rejected: number; ids: number[] };

/**
 * Writes a plan's rows in one transaction: all of them or, on any failure, none. Progress is
 * reported between batches (the transaction stays open; other writers wait for it).
 */
export async function applyImport(
  databaseUrl: string,
  plan: ImportPlan,
  onProgress?: (done: number, total: number) => Promise<void> | void,
): Promise<ImportSummary> {
  const total = plan.items.length;
  const sqlite = openSqlite(databaseUrl);
  try {
    sqlite.exec("BEGIN IMMEDIATE");
    try {
      const ids = await writeIncidentsIn(sqlite, plan.items, { onProgress: (done) => onProgress?.(done, total) });
      sqlite.exec("COMMIT");
      return { created: plan.counts.create, updated: plan.counts.update, rejected: plan.counts.reject, ids };
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      throw error;
    }
  } finally {
    sqlite.close();
  }
}
