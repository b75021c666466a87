import { SYSTEM_EDITOR, type HistoryEntry } from "./history";

/** Who made a change, as a signed-out reader sees it: the atlas's staff are not named in public. */
export const UNNAMED_EDITOR = "An analyst";

/** A name as the reader may see it: staff names for signed-in users, "An analyst" for the public. */
export const editorNameFor = (signedIn: boolean, name: string): string => (signedIn || name === SYSTEM_EDITOR ? name : UNNAMED_EDITOR);

/** History entries as the reader may see them (names, accounts and later names hidden from the public). */
export function historyForReader(entries: HistoryEntry[], signedIn: boolean): HistoryEntry[] {
  if (signedIn) return entries;
  return entries.map((e) => ({ ...e, editor: editorNameFor(false, e.editor), editorId: null, editorNow: null }));
}
