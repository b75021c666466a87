import type { ImportSummary } from "../apply-import";
import type { ImportPreview, ImportProgress } from "../preview";
import type { ConflictChoice } from "../version-conflict";
import type { UploadRef } from "../import-summary";

/**
 * The heavy parts of an import, run off the server's thread (import.worker.ts): reading and checking
 * a file for its preview, and checking it again and writing it on confirmation. Everything here is
 * plain data that crosses to a worker thread by structured clone.
 */
export type ImportJob =
  | { kind: "preview"; databaseUrl: string; bytes: Uint8Array; fileName: string }
  | {
      kind: "confirm";
      databaseUrl: string;
      bytes: Uint8Array;
      fileName: string;
      choice: ConflictChoice;
      userId: string | null;
      /** The preview being confirmed, removed in the import's transaction (ApplyImportOptions.upload). */
      upload?: UploadRef;
    };

/** A preview without its upload token: the server's thread keeps the upload and adds the token. */
export type PreviewOutcome = { ok: true; preview: ImportPreview; previewed: [number, number][]; worthKeeping: boolean } | { ok: false; message: string };

export type ConfirmOutcome = { ok: true; summary: ImportSummary } | { ok: false; message: string };

export type JobOutcome<J extends ImportJob> = J extends { kind: "preview" } ? PreviewOutcome : ConfirmOutcome;

/** What the worker posts to the server's thread. */
export type WorkerMessage =
  | { type: "progress"; line: Extract<ImportProgress, { type: "progress" }> }
  /** The write is about to start: the server's thread takes the write turn, then answers "go". */
  | { type: "turn" }
  | { type: "outcome"; outcome: PreviewOutcome | ConfirmOutcome }
  /** Something unexpected broke (a bug or the database): nothing was written. */
  | { type: "crash"; message: string };

/** What the server's thread posts to the worker: the job, then "go" when it holds the write turn. */
export type ServerMessage = { type: "job"; job: ImportJob } | { type: "go" };
