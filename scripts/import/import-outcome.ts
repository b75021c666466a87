/** What `npm run import` does after planning: write or not, and the exit code. */
export type ImportDecision = { write: boolean; exitCode: 0 | 1; message: string | null };

export type ImportFlags = { dryRun: boolean; allowRejects: boolean };

/**
 * A rejected row fails the command (exit 1) so scripts and CI notice, and nothing is written: the
 * file is all or nothing unless --allow-rejects says to import the other rows and skip the rejected.
 */
export function decideImport(counts: { create: number; update: number; reject: number }, flags: ImportFlags): ImportDecision {
  const failing = counts.reject > 0 && !flags.allowRejects;
  const rejected = `${counts.reject} ${counts.reject === 1 ? "row was" : "rows were"} rejected`;
  if (flags.dryRun) {
    return { write: false, exitCode: failing ? 1 : 0, message: failing ? `Dry run: nothing was written. ${rejected}.` : "Dry run: nothing was written." };
  }
  if (failing) {
    return {
      write: false,
      exitCode: 1,
      message: `${rejected}: nothing was written. Fix them and import again, or pass --allow-rejects to import the other rows.`,
    };
  }
  if (counts.create + counts.update === 0) return { write: false, exitCode: 0, message: "Nothing to import." };
  return { write: true, exitCode: 0, message: null };
}

/** The closing line of a written import. */
export function importedMessage({ created, updated, rejected }: { created: number; updated: number; rejected: number }): string {
  const skipped = rejected === 0 ? "" : `; ${rejected} rejected ${rejected === 1 ? "row was" : "rows were"} skipped`;
  return `Imported in one transaction: ${created} created, ${updated} updated${skipped}.`;
}
