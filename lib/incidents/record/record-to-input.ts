import type { IncidentInput } from "../schema";
import type { IncidentActorInput } from "@/lib/actors/schema";
import type { ClaimInput } from "@/lib/claims/schema";
import type { IncidentRecord } from "./record";

/**
 * An exported record as input for the incident schema: how JSON and GeoJSON imports read it back.
 * Values are passed through as they are; the incident schema then checks them (hence the casts).
 */
export function recordToInput(r: Omit<IncidentRecord, "id" | "version" | "createdAt" | "updatedAt" | "externalId" | "countryName" | "provinceIso">): IncidentInput {
  return {
    title: r.title,
    summary: r.summary,
    status: r.status as IncidentInput["status"],
    eventDate: r.eventDate,
    endDate: r.endDate,
    datePrecision: r.datePrecision as IncidentInput["datePrecision"],
    countryIso3: r.countryIso3 as IncidentInput["countryIso3"],
    province: r.province,
    district: r.district,
    location: r.location,
    latitude: r.latitude,
    longitude: r.longitude,
    geoPrecision: r.geoPrecision as IncidentInput["geoPrecision"],
    eventType: r.eventType as IncidentInput["eventType"],
    subEventType: r.subEventType,
    attackType: r.attackType as IncidentInput["attackType"],
    targetType: r.targetType as IncidentInput["targetType"],
    target: r.target,
    weaponType: r.weaponType as IncidentInput["weaponType"],
    weaponSubtype: r.weaponSubtype,
    suicide: r.suicide,
    killed: r.killed,
    injured: r.injured,
    sources: r.sources.map(({ url, outlet, headline, publishedAt, language, notes, quote }) => ({
      url,
      outlet,
      headline,
      publishedAt,
      language,
      notes,
      quote,
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
      sourceUrl: c.source?.url ?? "",
    })),
  };
}
