import type { NextRequest } from "next/server";
import { can } from "@/lib/auth/roles";
import { NextResponse } from "next/server";
import { incidentAnswer } from "@/lib/api/incident-answer.server";
import { parseRequestFilter } from "@/lib/incidents/filter/request-filter.server";
import { getIncident, listIncidentRecords } from "@/lib/incidents/queries.server";
import { saveIncident } from "@/lib/incidents/write/save-incident.server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { PageParamsSchema } from "@/lib/api/page-params";
import { apiError, notFound } from "@/lib/api/responses";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { authorizeApiRequest } from "@/lib/auth/authorize.server";

export const dynamic = "force-dynamic";

/** GET /api/incidents: the filtered incidents, newest first, with sources and claims. */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const filter = await parseRequestFilter(request, params);
  if (!filter.success) return apiError(400, "bad_request", "The filter is not valid", toFieldErrors(filter.error));
  const page = PageParamsSchema.safeParse({
    limit: params.get("limit") ?? undefined,
    cursor: params.get("cursor") ?? undefined,
  });
  if (!page.success) return apiError(400, "bad_request", "The paging parameters are not valid", toFieldErrors(page.error));
  const found = await listIncidentRecords(filter.data, page.data.limit, page.data.cursor);
  if (!found) return apiError(400, "bad_request", "The paging parameters are not valid", { cursor: ["cursor names an incident that no longer exists"] });
  return NextResponse.json(found);
}

/**
 * POST /api/incidents: creates an incident from the JSON shape of IncidentInputSchema (the same one
 * the form sends). 201 with the record; 400 with field errors. Analysts and admins only (decision 005).
 */
export async function POST(request: Request) {
  const auth = await authorizeApiRequest(request, "incident:write");
  if (!auth.ok) return auth.response;
  const json = await readJsonBody(request);
  if (!json.ok) return json.response;
  const result = await saveIncident(json.body, { userId: auth.user.id });
  if (result.status === "invalid") return apiError(400, "validation_failed", "The incident is not valid", result.fieldErrors);
  if (result.status !== "saved") return notFound("Incident");
  const created = (await getIncident(result.id))!;
  return NextResponse.json(await incidentAnswer(created, can(auth.user.role, "incident:unpublished")), {
    status: 201,
    headers: { Location: `/api/incidents/${result.id}` },
  });
}
