import { z } from "zod";
import { isRealIsoDate } from "@/lib/dates/iso-date";
import { MAX_RECORD_ID } from "@/lib/validation/id-param";
import type { ListSort } from "./sort";

/**
 * A row's place in the list's order (decision 028): the sort key and the id that breaks its ties.
 * `killed` is null for "not reported" and is left out of the date order's cursor.
 */
export type ListKey = { day: string; killed: number | null; id: number };

/**
 * Where a page of the API starts: the key of the previous page's last record (`2024-03-16_1234`),
 * or, from cursors handed out before decision 028, that record's id alone.
 */
export type RecordCursor = ListKey | { id: number };

export const CURSOR_NOT_VALID = "This link's place in the list cannot be read: start again from the first page";

/** The text of a cursor in a URL, readable so a shared link says where it points: `2024-03-16_1234`, `7_2024-03-16_1234`, `none_2024-03-16_1234`. */
export function formatListCursor(sort: ListSort, { day, killed, id }: ListKey): string {
  return sort === "killed" ? `${killed ?? "none"}_${day}_${id}` : `${day}_${id}`;
}

const DAY = /(\d{4}-\d{2}-\d{2})/.source;
const ID = /([1-9]\d{0,14})/.source;
const PATTERNS: Record<ListSort, RegExp> = {
  date: new RegExp(`^${DAY}_${ID}$`),
  killed: new RegExp(`^(none|0|[1-9]\\d{0,8})_${DAY}_${ID}$`),
};

/** The cursor of one sort order, read back into its key; anything else is refused with CURSOR_NOT_VALID. */
export function listCursorSchema(sort: ListSort) {
  return z
    .string()
    .max(64, CURSOR_NOT_VALID)
    .transform((text, ctx): ListKey => {
      const match = PATTERNS[sort].exec(text);
      const parts = match ? (sort === "killed" ? match.slice(1) : [null, ...match.slice(1)]) : null;
      if (!parts || !isRealIsoDate(parts[1]!) || Number(parts[2]) > MAX_RECORD_ID) {
        ctx.addIssue({ code: "custom", message: CURSOR_NOT_VALID });
        return z.NEVER;
      }
      const [killed, day, id] = parts as [string | null, string, string];
      return { day, killed: killed === null || killed === "none" ? null : Number(killed), id: Number(id) };
    });
}
