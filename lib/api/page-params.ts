import { z } from "zod";

export const API_PAGE = { defaultLimit: 50, maxLimit: 500 } as const;

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
    .regex(/^\d+$/, "cursor is not valid: use nextCursor from the previous page")
    .transform(Number)
    .optional(),
});
