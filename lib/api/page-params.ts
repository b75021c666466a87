import { z } from "zod";
import { MAX_RECORD_ID } from "@/lib/validation/id-param";
import { listCursorSchema, type RecordCursor } from "@/lib/incidents/list/list-cursor";

const CURSOR_NOT_VALID = "cursor is not valid: use nextCursor from the previous page";

export const API_PAGE = { defaultLimit: 50, maxLimit: 500 } as const;

const keyCursor = listCursorSchema("date");

/** limit/cursor pagination parameters of list endpoints. */
export const PageParamsSchema = z.object({
  limit: z.coerce
    .number({ error: "limit must be a whole number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(API_PAGE.maxLimit, `limit must be at most ${API_PAGE.maxLimit}`)
    .default(API_PAGE.defaultLimit),
  cursor: z
    .string()
    .transform((text, ctx): RecordCursor => {
      // An id alone (the cursors of before decision 028), one the database can hold: 99999999999999999999 is refused.
      if (/^\d+$/.test(text) && Number(text) <= MAX_RECORD_ID) return { id: Number(text) };
      const key = keyCursor.safeParse(text);
      if (key.success) return key.data;
      ctx.addIssue({ code: "custom", message: CURSOR_NOT_VALID });
      return z.NEVER;
    })
    .optional(),
});
