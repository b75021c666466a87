import { createHash } from "node:crypto";

/** The columns that hold a source's archived copy: its text, the text's SHA-256, and when Atlas captured it. */
export type ArchivedCopyColumns = { archivedText: string | null; archivedSha256: string | null; archivedAt: Date | null };

export const ARCHIVED_COPY_COLUMNS = new Set<string>(["archivedText", "archivedSha256", "archivedAt"]);

export const sha256Hex = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * An archived copy as stored: the text with its hash and capture time, all three or none. A copy is
 * written once; a source that has one keeps it (its columns are never filled one by one).
 */
export function archivedCopyColumns(text: string | null | undefined, capturedAt: Date): ArchivedCopyColumns {
  return text
    ? { archivedText: text, archivedSha256: sha256Hex(text), archivedAt: capturedAt }
    : { archivedText: null, archivedSha256: null, archivedAt: null };
}
