import { NextResponse } from "next/server";
import { getIncident } from "@/lib/incidents/queries.server";
import { parseId } from "@/lib/validation/id-param";
import { apiError, notFound } from "@/lib/api/responses";
import { saveIncident } from "@/lib/incidents/write/save-incident.server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { versionConflict } from "@/lib/api/conflict-response";
import { ExpectedVersionSchema } from "@/lib/api/expected-version";
import { authorizeApiRequest } from "@/lib/auth/authorize.server";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { incidentAnswer } from "@/lib/api/incident-answer.server";
import { pendingReview } from "@/lib/api/pending-review-response";
import { requestReader } from "@/lib/auth/request-reader.server";
import { mayReadStatus } from "@/lib/incidents/review/transitions";
import { can } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** GET /api/incidents/:id: one incident with its sources, actors and claims, its sources' reports and where each coded value comes from. */
export async function GET(request: Request, { params }: Context) {
  const id = parseId((await params).id);
  if (id === null) return apiError(400, "bad_request", "The id must be a positive whole number");
  const incident = await getIncident(id);
  const role = incident ? (await requestReader(request))?.role : null;
  // Unpublished records exist only for analysts and admins (decision 017): anyone else gets the same 404.
  const visible = incident && (incident.status === "published" || mayReadStatus(incident.status, role));
  if (!visible) return notFound(`Incident ${id}`);
  return NextResponse.json(await incidentAnswer(incident, can(role, "incident:unpublished")));
}

/**
 * PATCH /api/incidents/:id: replaces the incident with the body, in the same JSON shape as POST
 * (the whole record, as the form sends it) plus `version`, the version it was edited from. 400 with
 * field errors, 404 for an unknown id, 409 with the current record when a newer version was saved.
 * An edit of a published record waits for review (decision 024): 202 with `pending_review`, and the
 * record stays as published. Analysts and admins only (decision 005).
 */
export async function PATCH(request: Request, { params }: Context) {
  const auth = await authorizeApiRequest(request, "incident:write");
  if (!auth.ok) return auth.response;
  const id = parseId((await params).id);
  if (id === null) return apiError(400, "bad_request", "The id must be a positive whole number");
  if (!(await getIncident(id))) return notFound(`Incident ${id}`);
  const json = await readJsonBody(request);
  if (!json.ok) return json.response;
  const version = ExpectedVersionSchema.safeParse(json.body);
  if (!version.success) return apiError(400, "validation_failed", "The version the change was made against is missing", toFieldErrors(version.error));
  const result = await saveIncident(json.body, { id, userId: auth.user.id, expectedVersion: version.data.version });
  if (result.status === "invalid") return apiError(400, "validation_failed", "The incident is not valid", result.fieldErrors);
  if (result.status === "conflict") return versionConflict(result.current);
  if (result.status === "proposed") return pendingReview(id);
  if (result.status !== "saved") return notFound(`Incident ${id}`);
  const saved = (await getIncident(id))!;
  return NextResponse.json(await incidentAnswer(saved, can(auth.user.role, "incident:unpublished")));
}
