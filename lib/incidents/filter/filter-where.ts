import type { Prisma } from "@/generated/prisma/client";
import { isoDateToUtc } from "@/lib/dates/iso-date";
import type { IncidentFilter } from "./filter";
import { ANY_STATUS, PUBLIC_STATUS } from "@/lib/taxonomy/statuses";
import type { DatabaseKind } from "@/lib/database/database-kind";

/**
 * The filter as a Prisma condition over live (not deleted) incidents: the only place one is built.
 * Actor names are compared exactly (SQLite has no case-insensitive mode in Prisma): pass the filter
 * through withAtlasActorNames (actor-names.ts) first, so "talib" or "ttp" finds what the SQL path finds.
 */
export function filterToWhere(f: IncidentFilter, database: DatabaseKind = "sqlite"): Prisma.IncidentWhereInput {
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
    // On PostgreSQL, any case, as ILIKE in filterToSql (postgres-text-search.ts); SQLite's LIKE folds ASCII case itself.
    const q = (database === "postgresql" ? { contains: f.q, mode: "insensitive" } : { contains: f.q }) as Prisma.StringFilter;
    and.push({
      OR: [
        { title: q },
        { summary: q },
        { location: q },
        { district: q },
        { sources: { some: { source: { headline: q } } } },
        { sources: { some: { source: { archivedText: q } } } },
      ],
    });
  }
  return { AND: and };
}
