/**
 * Whether a dataset record's stored copy gives way to the text now given: a data set's text for a
 * record (ACLED's notes) is the data set's to change, so a re-import with new notes replaces the
 * copy, its hash and its capture time. An article's copy is never rewritten, and no text given
 * (a form or API save that does not carry the copy) keeps the stored one.
 */
export function replacesDatasetCopy(stored: { datasetRecord: string | null; archivedText: string | null }, text: string | null | undefined): boolean {
  return stored.datasetRecord !== null && Boolean(text) && stored.archivedText !== null && stored.archivedText !== text;
}
