import type { Prisma } from "@/generated/prisma/client";
import { isoDateToUtc } from "@/lib/dates/iso-date";
import type { IncidentFilter } from "./filter";
import { ANY_STATUS, PUBLIC_STATUS } from "@/lib/taxonomy/statuses";

/**
 * The filter as a Prisma condition over live (not deleted) incidents: the only place one is built.
 * Actor names are compared exactly (SQLite has no case-insensitive mode in Prisma): pass the filter
 * through withAtlasActorNames (actor-names.ts) first, so "talib" or "ttp" finds what the SQL path finds.
 */
export function filterToWhere(f: IncidentFilter): Prisma.IncidentWhereInput {
  const and: Prisma.IncidentWhereInput[] = [{ deletedAt: null }];
  if (f.province.length) and.push({ provinceIso: { in: f.province } });
  if (f.country.length) and.push({ countryIso3: { in: f.country } });
  if (f.from) and.push({ eventDate: { gte: isoDateToUtc(f.from) } });
  if (f.to) and.push({ eventDate: { lte: isoDateToUtc(f.to) } });
  if (f.eventType.length) and.push({ eventType: { in: f.eventType } });
  if (f.subEventType.length) and.push({ subEventType: { in: f.subEventType } });
  if (f.minKilled !== undefined) and.push({ killedTotal: { gte: f.minKilled } });
  // No status asked for: published records only (decision 017); readerFilter decides who may ask.
  if (f.status !== ANY_STATUS) and.push({ status: f.status ?? PUBLIC_STATUS });
  if (f.disputed) and.push({ figuresDisputed: true });
  if (f.actor.length) {
    and.push({
      actors: {
        some: {
          actor: {
            OR: [{ name: { in: f.actor } }, { aliases: { some: { alias: { in: f.actor } } } }],
          },
        },
      },
    });
  }
  if (f.q) {
    const q = f.q;
    and.push({
      OR: [
        { title: { contains: q } },
        { summary: { contains: q } },
        { location: { contains: q } },
        { district: { contains: q } },
        { sources: { some: { source: { headline: { contains: q } } } } },
        { sources: { some: { source: { archivedText: { contains: q } } } } },
      ],
    });
  }
  return { AND: and };
}
