import { SYSTEM_EDITOR, type HistoryEntry } from "./history";
import type { ImportOrigin } from "./import-origin";

/** Who made a change, as readers without the "staff:names" permission see it (visitors and viewers). */
export const UNNAMED_EDITOR = "Atlas staff";

/** A name as the reader may see it: the name for analysts and admins, "Atlas staff" for everyone else. */
export const editorNameFor = (seesNames: boolean, name: string): string => (seesNames || name === SYSTEM_EDITOR ? name : UNNAMED_EDITOR);

/** An import's file name is staff's working material: hidden, with the name of who ran it, from readers who do not see names. */
export const originForReader = (origin: ImportOrigin, seesNames: boolean): ImportOrigin => (seesNames ? origin : { ...origin, file: "" });

/** The latest import of a record, as the reader may see it. */
export function importForReader<T extends { by: string; origin: ImportOrigin }>(lastImport: T, seesNames: boolean): T {
  return { ...lastImport, by: editorNameFor(seesNames, lastImport.by), origin: originForReader(lastImport.origin, seesNames) };
}

/**
 * History entries as the reader may see them: names, accounts, later names, review comments and the
 * names of imported files (staff's working files) hidden unless the reader sees names (analysts and admins).
 */
export function historyForReader(entries: HistoryEntry[], seesNames: boolean): HistoryEntry[] {
  if (seesNames) return entries;
  return entries.map((e) => ({
    ...e,
    editor: editorNameFor(false, e.editor),
    editorId: null,
    editorNow: null,
    comments: null,
    importOrigin: e.importOrigin ? originForReader(e.importOrigin, false) : null,
  }));
}
