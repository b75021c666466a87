import { NextResponse } from "next/server";
import type { FieldErrors } from "@/lib/validation/field-errors";
import type { ApiErrorCode } from "./error-schema";

export type { ApiErrorCode };

/** Every API error has one shape: { error: { code, message, fields? } }. */
export function apiError(status: number, code: ApiErrorCode, message: string, fields?: FieldErrors) {
  return NextResponse.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status });
}

export const notFound = (what: string) => apiError(404, "not_found", `${what} not found`);
