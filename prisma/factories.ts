import type { IncidentInput } from "@/lib/incidents/schema";
import type { SourceInput } from "@/lib/sources/schema";
import type { ClaimInput } from "@/lib/claims/schema";

/**
 * Valid, deterministic inputs for tests and fixtures. Pass overrides for what a test is about; a
 * `n` makes URLs and titles distinct when a test needs several.
 */
/** An article source (a dataset record is built with buildDatasetSource). */
export function buildSource(overrides: Omit<Partial<SourceInput>, "url"> & { url?: string } = {}, n = 1): SourceInput & { url: string } {
  return {
    url: `https://news.example.org/2024/03/report-${n}`,
    outlet: "Example News",
    headline: `Report ${n} on the attack`,
    publishedAt: "2024-03-17",
    language: "en",
    quote: null,
    ...overrides,
  };
}

/** A dataset record as a source (decision 020): an ACLED event with its fatalities as the report's killed total. */
export function buildDatasetSource(overrides: Partial<SourceInput> = {}, n = 1, killed: number | null = 7): SourceInput {
  return {
    url: null,
    datasetRecord: `ACLED PAK${90000 + n}`,
    outlet: "ACLED",
    language: "en",
    archivedText: `On 16 March 2024, militants attacked checkpost ${n}. ${killed ?? "An unknown number of"} soldiers were killed.`,
    report: { originator: null, figures: killed === null ? {} : { "killed.total": { value: killed, quote: null } } },
    ...overrides,
  };
}

export function buildClaim(overrides: Partial<ClaimInput> = {}): ClaimInput {
  return {
    kind: "origin",
    claimantName: "Khawaja Muhammad Asif",
    claimantRole: "Defence Minister of Pakistan",
    subject: "Afghanistan",
    statement: "Said terrorism against Pakistan is conducted mostly from Afghanistan.",
    madeOn: "2024-03-17",
    sourceUrl: buildSource().url,
    ...overrides,
  };
}

export function buildIncident(overrides: Partial<IncidentInput> = {}, n = 1): IncidentInput {
  return {
    title: `Test incident ${n}: attack on a checkpost`,
    summary: "Militants attacked a security checkpost.",
    status: "published",
    eventDate: "2024-03-16",
    datePrecision: "day",
    countryIso3: "PAK",
    province: "Khyber Pakhtunkhwa",
    district: "North Waziristan",
    location: "Mir Ali",
    latitude: 32.97,
    longitude: 70.27,
    geoPrecision: "town",
    eventType: "Explosions/Remote violence",
    subEventType: "Suicide bomb",
    attackType: "Bombing/Explosion",
    targetType: "Military",
    weaponType: "Explosives",
    weaponSubtype: "Vehicle",
    suicide: true,
    killed: { total: 7, securityForces: 7, civilians: null, militants: null, unknown: null },
    injured: { total: null },
    sources: [buildSource({}, n)],
    actors: [],
    claims: [],
    ...overrides,
  };
}
