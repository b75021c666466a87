import { z } from "zod";

const CURSOR_NOT_VALID = "cursor is not valid: use nextCursor from the previous page";

export const API_PAGE = { defaultLimit: 50, maxLimit: 500 } as const;

/** limit/cursor pagination parameters of list endpoints. */
export const PageParamsSchema = z.object({
  limit: z.coerce
    .number({ error: "limit must be a whole number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(API_PAGE.maxLimit, `limit must be at most ${API_PAGE.maxLimit}`)
    .default(API_PAGE.defaultLimit),
  // Digits only, and an id the database can hold: 99999999999999999999 is refused, not sent to SQLite.
  cursor: z.string().regex(/^\d+$/, CURSOR_NOT_VALID).transform(Number).pipe(z.number().max(Number.MAX_SAFE_INTEGER, CURSOR_NOT_VALID)).optional(),
});
