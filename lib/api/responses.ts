import { NextResponse } from "next/server";
import type { FieldErrors } from "@/lib/validation/field-errors";
import type { ApiErrorCode } from "./error-schema";

export type { ApiErrorCode };

/** Every API error has one shape: { error: { code, message, fields? } }. */
export function apiError(status: number, code: ApiErrorCode, message: string, fields?: FieldErrors) {
  return NextResponse.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status });
}

export const notFound = (what: string) => apiError(404, "not_found", `${what} not found`);

/** 429 (this client asked too often or runs too many at once) or 503 (the server is busy): try again after the seconds given. */
export function retryLater(status: 429 | 503, message: string, retryAfterSeconds: number) {
  const response = apiError(status, status === 429 ? "rate_limited" : "unavailable", message);
  response.headers.set("Retry-After", String(Math.max(1, Math.ceil(retryAfterSeconds))));
  return response;
}
