import type { Candidate, ImportFormat } from "./candidate";

/**
 * The rows may be read lazily (CSV): consuming them can throw an ImportFileError, which means the
 * file cannot be imported at all (planImportFile turns it into the same `{ ok: false, message }`).
 */
export type ReadResult = { ok: true; format: ImportFormat; candidates: Iterable<Candidate> } | { ok: false; message: string };

/** A problem with the whole file found while reading its rows (an unclosed quote, no rows). */
export class ImportFileError extends Error {}
