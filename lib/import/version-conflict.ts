/**
 * Lost updates through re-import: a row exported from Atlas carries the version of the record it
 * was exported at. If the record has been saved since, writing the row would silently undo those
 * edits, so the row is a conflict: shown in the preview and written only if the analyst says so.
 */
export type VersionConflict = {
  /** The version the file's row was exported at; null when the row does not say. */
  exportedVersion: number | null;
  currentVersion: number;
};

/**
 * The conflict between a row and the record it would update, or null. Only rows naming an Atlas
 * record (an atlas_id) carry its version; ACLED rows have none and update as they always did.
 */
export function versionConflict(row: { atlasId: number | null; version: number | undefined }, current: { version: number }): VersionConflict | null {
  if (row.atlasId === null) return null;
  const exportedVersion = row.version ?? null;
  return exportedVersion === current.version ? null : { exportedVersion, currentVersion: current.version };
}

/** The analyst's choice for conflicting rows, at confirmation. */
export type ConflictChoice = {
  /** Which conflicting rows to write anyway, by the incident they update. */
  overwrite: "none" | "all" | ReadonlySet<number>;
  /**
   * Each conflict's current version as the preview showed it: a record saved again after the preview
   * is not overwritten, since nobody has seen that edit. Absent: no preview (the command line).
   */
  previewed?: ReadonlyMap<number, number>;
};

export const KEEP_NEWER: ConflictChoice = { overwrite: "none" };

/** Whether a conflicting row is written over the record's current version. */
export function overwrites(choice: ConflictChoice, incidentId: number, currentVersion: number): boolean {
  const chosen = choice.overwrite === "all" || (choice.overwrite !== "none" && choice.overwrite.has(incidentId));
  return chosen && (!choice.previewed || choice.previewed.get(incidentId) === currentVersion);
}

/** What the preview says of a conflict. */
export function describeConflict(incidentId: number, { exportedVersion, currentVersion }: VersionConflict): string {
  const exported = exportedVersion === null ? "the file does not say which version it was exported at" : `exported at version ${exportedVersion}`;
  return `${exported}; incident ${incidentId} is now at version ${currentVersion}`;
}
