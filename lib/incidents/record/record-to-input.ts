import type { IncidentInput } from "../schema";
import type { IncidentActorInput } from "@/lib/actors/schema";
import type { ClaimInput } from "@/lib/claims/schema";
import type { IncidentRecordShape } from "./record-schema";
import { sourceRef } from "@/lib/sources/schema";
import { copyInputFields } from "../fields/input-fields";

/**
 * An exported record as input for the incident schema: how JSON and GeoJSON imports read it back.
 * Values are passed through as they are; the incident schema then checks them (hence the casts).
 */
export function recordToInput(
  r: Omit<IncidentRecordShape, "id" | "version" | "createdAt" | "updatedAt" | "externalId" | "countryName" | "provinceIso">,
): IncidentInput {
  return {
    ...(copyInputFields(r) as Omit<IncidentInput, "sources" | "actors" | "claims" | "coding">),
    sources: r.sources.map(({ url, datasetRecord, outlet, headline, publishedAt, language, notes, quote, report }) => ({
      url,
      datasetRecord,
      outlet,
      headline,
      publishedAt,
      language,
      notes,
      quote,
      // Audit snapshots written before reports existed have none: the source's report is not entered.
      report: report ?? { originator: null, figures: {} },
    })),
    actors: r.actors.map(({ name, kind, role, certainty }) => ({
      name,
      kind: kind as IncidentActorInput["kind"],
      role: role as IncidentActorInput["role"],
      certainty: certainty as IncidentActorInput["certainty"],
    })),
    claims: r.claims.map((c) => ({
      kind: c.kind as ClaimInput["kind"],
      claimantName: c.claimantName,
      claimantRole: c.claimantRole,
      subject: c.subject,
      statement: c.statement,
      madeOn: c.madeOn,
      sourceUrl: c.source ? sourceRef(c.source) : "",
    })),
    // Snapshots written before coding existed have none: every figure follows the reports.
    coding: r.coding ?? {},
  };
}
