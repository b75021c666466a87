import { Prisma } from "@/generated/prisma/client";
import type { IncidentFilter } from "./filter";

/** The day after a YYYY-MM-DD date, as YYYY-MM-DD. */
export function dayAfter(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A LIKE pattern matching `q` anywhere. Prisma's `contains` on SQLite does not escape % and _ in the
 * value (they act as wildcards), so neither does this: both filters must select the same rows.
 */
export function containsPattern(q: string): string {
  return `%${q}%`;
}

const contains = (column: Prisma.Sql, q: string) => Prisma.sql`${column} LIKE ${containsPattern(q)}`;

/**
 * The same filter as filterToWhere, as a parameterised SQL condition over `Incident` aliased `i`, for
 * the aggregate queries ($queryRaw) that Prisma's query API cannot express (GROUP BY expressions).
 * filter-sql.test.ts checks that both select the same incidents.
 *
 * Dates are stored as ISO text ("2024-03-16T00:00:00.000+00:00", the adapter's iso8601 format), so
 * day strings compare correctly and keep the (…, eventDate) indexes usable: `to` is inclusive, hence
 * "before the next day".
 */
export function filterToSql(f: IncidentFilter): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`i."deletedAt" IS NULL`];
  const inList = (column: string, values: readonly string[]) =>
    Prisma.sql`${Prisma.raw(`i."${column}"`)} IN (${Prisma.join(values)})`;
  if (f.province.length) and.push(inList("provinceIso", f.province));
  if (f.country.length) and.push(inList("countryIso3", f.country));
  if (f.from) and.push(Prisma.sql`i."eventDate" >= ${f.from}`);
  if (f.to) and.push(Prisma.sql`i."eventDate" < ${dayAfter(f.to)}`);
  if (f.eventType.length) and.push(inList("eventType", f.eventType));
  if (f.subEventType.length) and.push(inList("subEventType", f.subEventType));
  if (f.minKilled !== undefined) and.push(Prisma.sql`i."killedTotal" >= ${f.minKilled}`);
  if (f.status) and.push(Prisma.sql`i."status" = ${f.status}`);
  if (f.actor.length) {
    // IN (subquery) is evaluated once; a correlated EXISTS would run per incident row.
    const names = Prisma.join(f.actor);
    and.push(Prisma.sql`i."id" IN (
      SELECT ia."incidentId" FROM "IncidentActor" ia JOIN "Actor" a ON a."id" = ia."actorId"
      WHERE a."name" IN (${names})
        OR a."id" IN (SELECT al."actorId" FROM "ActorAlias" al WHERE al."alias" IN (${names})))`);
  }
  if (f.q) {
    const q = f.q;
    and.push(Prisma.sql`(${Prisma.join(
      [
        contains(Prisma.sql`i."title"`, q),
        contains(Prisma.sql`i."summary"`, q),
        contains(Prisma.sql`i."location"`, q),
        contains(Prisma.sql`i."district"`, q),
        Prisma.sql`i."id" IN (SELECT isrc."incidentId" FROM "IncidentSource" isrc JOIN "Source" s ON s."id" = isrc."sourceId"
          WHERE ${contains(Prisma.sql`s."headline"`, q)})`,
      ],
      " OR ",
    )})`);
  }
  return Prisma.join(and, " AND ");
}
