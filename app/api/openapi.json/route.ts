import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";

/** GET /api/openapi.json: the API described from its zod schemas. */
export function GET() {
  return NextResponse.json(openApiDocument());
}
