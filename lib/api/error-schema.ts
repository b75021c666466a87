import { z } from "zod";

export const API_ERROR_CODES = [
  "bad_request",
  "validation_failed",
  "not_found",
  "conflict",
  "unauthorized",
  "forbidden",
  "payload_too_large",
  "unreadable_file",
  "rate_limited",
  "unavailable",
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Every API error has this one shape. */
export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string().describe("A sentence for people"),
      fields: z.record(z.string(), z.array(z.string())).optional().describe('Messages by field path, e.g. { "province.0": ["Unknown province: X"] }'),
    }),
  })
  .meta({ id: "ApiError" });
