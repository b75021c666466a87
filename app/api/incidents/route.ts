import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { parseIncidentFilter } from "@/lib/incidents/filter";
import { listIncidentRecords } from "@/lib/incidents/queries.server";
import { PageParamsSchema } from "@/lib/api/page-params";
import { apiError } from "@/lib/api/responses";
import { toFieldErrors } from "@/lib/validation/field-errors";

export const dynamic = "force-dynamic";

/** GET /api/incidents: the filtered incidents, newest first, with sources and claims. */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const filter = parseIncidentFilter(params);
  if (!filter.success) return apiError(400, "bad_request", "The filter is not valid", toFieldErrors(filter.error));
  const page = PageParamsSchema.safeParse({
    limit: params.get("limit") ?? undefined,
    cursor: params.get("cursor") ?? undefined,
  });
  if (!page.success) return apiError(400, "bad_request", "The paging parameters are not valid", toFieldErrors(page.error));
  const { items, nextCursor } = await listIncidentRecords(filter.data, page.data.limit, page.data.cursor);
  return NextResponse.json({ items, nextCursor });
}
