/** What `npm run import` does after planning: write or not, and the exit code. */
export type ImportDecision = { write: boolean; exitCode: 0 | 1; message: string | null };

/** skipConflicts: import the other rows and leave records saved since the export as they are. (--overwrite-conflicts is planned in, not decided here.) */
export type ImportFlags = { dryRun: boolean; allowRejects: boolean; skipConflicts: boolean };

type Counts = { create: number; update: number; conflict: number; reject: number };

const rows = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;

/**
 * A rejected row fails the command (exit 1) so scripts and CI notice, and nothing is written: the
 * file is all or nothing unless --allow-rejects says to import the other rows and skip the rejected.
 * A row whose record was saved after the file was exported (a conflict) fails it the same way unless
 * --skip-conflicts (leave those records as they are) or --overwrite-conflicts (planned as updates).
 */
export function decideImport(counts: Counts, flags: ImportFlags): ImportDecision {
  const problems = [
    counts.reject > 0 && !flags.allowRejects ? `${rows(counts.reject)} rejected` : null,
    counts.conflict > 0 && !flags.skipConflicts ? `${rows(counts.conflict)} saved in Atlas since the file was exported` : null,
  ].filter((p): p is string => p !== null);
  const failing = problems.length > 0;
  if (flags.dryRun) {
    return {
      write: false,
      exitCode: failing ? 1 : 0,
      message: failing ? `Dry run: nothing was written. ${problems.join("; ")}.` : "Dry run: nothing was written.",
    };
  }
  if (failing) {
    const ways = [
      counts.reject > 0 && !flags.allowRejects ? "fix the rejected rows or pass --allow-rejects to skip them" : null,
      counts.conflict > 0 && !flags.skipConflicts
        ? "pass --skip-conflicts to leave the newer records as they are, or --overwrite-conflicts to write over them"
        : null,
    ].filter(Boolean);
    return { write: false, exitCode: 1, message: `${problems.join("; ")}: nothing was written. To import, ${ways.join("; ")}.` };
  }
  if (counts.create + counts.update === 0) return { write: false, exitCode: 0, message: "Nothing to import." };
  return { write: true, exitCode: 0, message: null };
}

/** The closing line of a written import. */
export function importedMessage({ created, updated, rejected, conflicts }: { created: number; updated: number; rejected: number; conflicts: number }): string {
  const skipped = rejected === 0 ? "" : `; ${rejected} rejected ${rejected === 1 ? "row was" : "rows were"} skipped`;
  const kept =
    conflicts === 0 ? "" : `; ${rows(conflicts)} saved since the export ${conflicts === 1 ? "was" : "were"} left as ${conflicts === 1 ? "it is" : "they are"}`;
  return `Imported in one transaction: ${created} created, ${updated} updated${skipped}${kept}.`;
}
