import { SYSTEM_EDITOR, type HistoryEntry } from "./history";

/** Who made a change, as readers without the "staff:names" permission see it (visitors and viewers). */
export const UNNAMED_EDITOR = "Atlas staff";

/** A name as the reader may see it: the name for analysts and admins, "Atlas staff" for everyone else. */
export const editorNameFor = (seesNames: boolean, name: string): string => (seesNames || name === SYSTEM_EDITOR ? name : UNNAMED_EDITOR);

/**
 * History entries as the reader may see them: names, accounts, later names and review comments
 * hidden unless the reader sees names (analysts and admins).
 */
export function historyForReader(entries: HistoryEntry[], seesNames: boolean): HistoryEntry[] {
  if (seesNames) return entries;
  return entries.map((e) => ({ ...e, editor: editorNameFor(false, e.editor), editorId: null, editorNow: null, comments: null }));
}
