import { NextResponse } from "next/server";
import { getIncident } from "@/lib/incidents/queries.server";
import { parseId } from "@/lib/api/id-param";
import { apiError, notFound } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** GET /api/incidents/:id: one incident with its sources, actors and claims. */
export async function GET(_request: Request, { params }: Context) {
  const id = parseId((await params).id);
  if (id === null) return apiError(400, "bad_request", "The id must be a positive whole number");
  const incident = await getIncident(id);
  return incident ? NextResponse.json(incident) : notFound(`Incident ${id}`);
}
