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
  /**
   * The confirmed preview (upload-store.ts), removed inside the write's transaction: an upload is
   * imported once, when two confirmations of it race (two tabs, two app servers). Gone already: the
   * write throws UploadClaimedError and writes nothing.
   */
  upload?: UploadRef;
};

export type UploadRef = { token: string; ownerId: string };

export class UploadClaimedError extends Error {
  constructor() {
    super("this preview was already imported or discarded (in another tab, or through another server)");
  }
}
