import type { IncidentInput } from "@/lib/incidents/schema";
import type { IncidentActorInput } from "@/lib/actors/schema";
import type { TargetType } from "@/lib/taxonomy/target-types";
import { countryByName } from "@/lib/taxonomy/countries";
import { matchKnownActor } from "@/lib/actors/match-known-actor";

/** One record of prisma/seed-data/incidents.json (the demo data set compiled for the project). */
export type SeedRecord = {
  key: string;
  title: string;
  date: string;
  date_precision: string;
  country: string;
  province: string;
  district: string | null;
  location: string | null;
  latitude: number;
  longitude: number;
  geo_precision: string;
  event_type: string;
  sub_event_type: string | null;
  attack_type: string | null;
  target: string | null;
  fatalities: { total: number | null; security_forces: number | null; civilians: number | null; militants: number | null };
  injured: number | null;
  perpetrator_claimed: string | null;
  claims: { kind: string; claimant: string; subject: string; statement: string; source_url: string }[];
  summary: string;
  sources: { url: string; outlet: string; headline: string | null; published: string | null }[];
};

/** The seed's free-text targets, mapped to GTD target types; the words themselves are kept. */
function targetTypeOf(target: string | null): TargetType | null {
  if (!target) return null;
  const t = target.toLowerCase();
  if (t.startsWith("contested")) return "Unknown";
  if (t.startsWith("military")) return "Military";
  if (t.startsWith("police")) return "Police";
  if (t.startsWith("government")) return "Government (General)";
  if (t.startsWith("religious")) return "Religious Figures/Institutions";
  if (t.includes("train passengers")) return "Transportation";
  if (t.includes("schoolchildren")) return "Educational Institution";
  if (t.startsWith("civilians")) return "Private Citizens & Property";
  return "Other";
}

function weaponOf(subEventType: string | null): Pick<IncidentInput, "weaponType" | "weaponSubtype"> {
  switch (subEventType) {
    case "Suicide bomb":
      return { weaponType: "Explosives", weaponSubtype: "Suicide" };
    case "Air/drone strike":
      return { weaponType: "Explosives", weaponSubtype: "Projectile (rockets, mortars, RPGs)" };
    case "Remote explosive/landmine/IED":
      return { weaponType: "Explosives", weaponSubtype: "Unknown" };
    case "Armed clash":
      return { weaponType: "Firearms", weaponSubtype: null };
    default:
      return { weaponType: null, weaponSubtype: null };
  }
}

/** "Khawaja Muhammad Asif, Defence Minister of Pakistan" -> name and role. */
function splitClaimant(claimant: string): { claimantName: string; claimantRole: string | null } {
  const comma = claimant.indexOf(", ");
  return comma < 0
    ? { claimantName: claimant, claimantRole: null }
    : { claimantName: claimant.slice(0, comma), claimantRole: claimant.slice(comma + 2) };
}

/** Perpetrators: who claimed it (claimed), who officials blamed (alleged). */
function actorsOf(r: SeedRecord): IncidentActorInput[] {
  const out = new Map<string, IncidentActorInput>();
  const add = (name: string, certainty: "claimed" | "alleged") => {
    for (const part of name.split(" / ")) {
      const known = matchKnownActor(part);
      if (known && !out.has(known.name)) {
        out.set(known.name, { name: known.name, kind: known.kind, role: "perpetrator", certainty });
      }
    }
  };
  if (r.perpetrator_claimed) add(r.perpetrator_claimed, "claimed");
  r.claims.filter((c) => c.kind === "responsibility").forEach((c) => add(c.subject, "claimed"));
  r.claims.filter((c) => c.kind === "attribution").forEach((c) => add(c.subject, "alleged"));
  return [...out.values()];
}

export function seedRecordToInput(r: SeedRecord): IncidentInput {
  const publishedOn = new Map(r.sources.map((s) => [s.url, s.published]));
  return {
    title: r.title,
    summary: r.summary,
    status: "published",
    eventDate: r.date,
    datePrecision: r.date_precision as IncidentInput["datePrecision"],
    countryIso3: countryByName(r.country)?.iso3 as IncidentInput["countryIso3"],
    province: r.province,
    district: r.district,
    location: r.location,
    latitude: r.latitude,
    longitude: r.longitude,
    geoPrecision: r.geo_precision as IncidentInput["geoPrecision"],
    eventType: r.event_type as IncidentInput["eventType"],
    subEventType: r.sub_event_type,
    attackType: r.attack_type as IncidentInput["attackType"],
    targetType: targetTypeOf(r.target),
    target: r.target,
    ...weaponOf(r.sub_event_type),
    suicide: r.sub_event_type === "Suicide bomb",
    killed: {
      total: r.fatalities.total,
      securityForces: r.fatalities.security_forces,
      civilians: r.fatalities.civilians,
      militants: r.fatalities.militants,
    },
    injured: { total: r.injured },
    sources: r.sources.map((s) => ({ url: s.url, outlet: s.outlet, headline: s.headline, publishedAt: s.published })),
    actors: actorsOf(r),
    // The data set does not date the statements; the reports carrying them are same-day news, so
    // the claim is dated by its source's publication.
    claims: r.claims.map((c) => ({
      kind: c.kind as "origin",
      ...splitClaimant(c.claimant),
      subject: c.subject,
      statement: c.statement,
      madeOn: publishedOn.get(c.source_url) ?? null,
      sourceUrl: c.source_url,
    })),
  };
}
