import type { Prisma } from "@/generated/prisma/client";
import { utcToIsoDate } from "@/lib/dates/iso-date";

/** Everything about one incident: what the detail page shows and the API returns. */
export const incidentRecordSelect = {
  id: true,
  externalId: true,
  title: true,
  summary: true,
  status: true,
  eventDate: true,
  endDate: true,
  datePrecision: true,
  countryIso3: true,
  countryName: true,
  provinceIso: true,
  province: true,
  district: true,
  location: true,
  latitude: true,
  longitude: true,
  geoPrecision: true,
  eventType: true,
  subEventType: true,
  attackType: true,
  targetType: true,
  target: true,
  weaponType: true,
  weaponSubtype: true,
  suicide: true,
  killedTotal: true,
  killedSecurity: true,
  killedCivilians: true,
  killedMilitants: true,
  killedUnknown: true,
  killedLow: true,
  killedHigh: true,
  injuredTotal: true,
  injuredSecurity: true,
  injuredCivilians: true,
  injuredMilitants: true,
  injuredUnknown: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  sources: {
    orderBy: { position: "asc" },
    select: {
      quote: true,
      source: { select: { id: true, url: true, outlet: true, headline: true, publishedAt: true, language: true, notes: true } },
    },
  },
  actors: {
    orderBy: { id: "asc" },
    select: { role: true, certainty: true, actor: { select: { id: true, name: true, kind: true } } },
  },
  claims: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      kind: true,
      claimantName: true,
      claimantRole: true,
      subject: true,
      statement: true,
      madeOn: true,
      source: { select: { id: true, url: true, outlet: true } },
    },
  },
} satisfies Prisma.IncidentSelect;

type Row = Prisma.IncidentGetPayload<{ select: typeof incidentRecordSelect }>;

const day = (d: Date | null) => (d ? utcToIsoDate(d) : null);

export function toIncidentRecord(row: Row) {
  const { killedTotal, killedSecurity, killedCivilians, killedMilitants, killedUnknown, killedLow, killedHigh } = row;
  const { injuredTotal, injuredSecurity, injuredCivilians, injuredMilitants, injuredUnknown } = row;
  return {
    id: row.id,
    externalId: row.externalId,
    title: row.title,
    summary: row.summary,
    status: row.status,
    eventDate: utcToIsoDate(row.eventDate),
    endDate: day(row.endDate),
    datePrecision: row.datePrecision,
    countryIso3: row.countryIso3,
    countryName: row.countryName,
    provinceIso: row.provinceIso,
    province: row.province,
    district: row.district,
    location: row.location,
    latitude: row.latitude,
    longitude: row.longitude,
    geoPrecision: row.geoPrecision,
    eventType: row.eventType,
    subEventType: row.subEventType,
    attackType: row.attackType,
    targetType: row.targetType,
    target: row.target,
    weaponType: row.weaponType,
    weaponSubtype: row.weaponSubtype,
    suicide: row.suicide,
    killed: {
      total: killedTotal,
      securityForces: killedSecurity,
      civilians: killedCivilians,
      militants: killedMilitants,
      unknown: killedUnknown,
      low: killedLow,
      high: killedHigh,
    },
    injured: {
      total: injuredTotal,
      securityForces: injuredSecurity,
      civilians: injuredCivilians,
      militants: injuredMilitants,
      unknown: injuredUnknown,
    },
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    sources: row.sources.map(({ quote, source }) => ({ ...source, publishedAt: day(source.publishedAt), quote })),
    actors: row.actors.map(({ role, certainty, actor }) => ({ ...actor, role, certainty })),
    claims: row.claims.map((c) => ({ ...c, madeOn: day(c.madeOn) })),
  };
}

export type IncidentRecord = ReturnType<typeof toIncidentRecord>;
