import { Prisma } from "@/generated/prisma/client";
import { containsPattern, INCIDENT_TEXT_COLUMNS, trigramCandidates } from "./filter-sql";

const like = (column: string, q: string) => Prisma.sql`${Prisma.raw(column)} LIKE ${containsPattern(q)}`;

/**
 * The ids of the incidents outside the trash whose free text holds `q` as LIKE finds it (filterToSql's
 * text condition on the "index" plan, SQLite only), one row each, for reading the matches once
 * (textAndActorMatches). The same rows as that condition, read with fewer rows rechecked:
 * - `direct`: the incidents' trigram candidates checked with LIKE on their own columns;
 * - `via`: the sources' candidates, taken to their incidents through IncidentSource's covering index
 *   first (CROSS JOIN keeps that order), so a source is read and checked only when its incident is
 *   not already in `direct`. A place name is usually in the incident and its reports both: at a
 *   million, 'Peshawar' then reads none of its 8,409 source rows (decision 028, 2026-12-06 evening).
 */
export function sqliteTextMatchIds(q: string): Prisma.Sql {
  const incidentLike = Prisma.join(
    INCIDENT_TEXT_COLUMNS.map((c) => like(`i."${c}"`, q)),
    " OR ",
  );
  return Prisma.sql`WITH direct AS MATERIALIZED (
      SELECT i."id" AS id FROM "Incident" i
      WHERE i."id" IN (${trigramCandidates("IncidentTextSearch", q)}) AND i."deletedAt" IS NULL AND (${incidentLike})),
    via AS MATERIALIZED (
      SELECT DISTINCT isrc."incidentId" AS id FROM "IncidentSource" isrc CROSS JOIN "Source" s ON s."id" = isrc."sourceId"
      WHERE isrc."sourceId" IN (${trigramCandidates("SourceTextSearch", q)}) AND isrc."incidentId" NOT IN direct
        AND (${like(`s."headline"`, q)} OR ${like(`s."archivedText"`, q)}))
    SELECT id FROM direct
    UNION ALL SELECT v."id" FROM "Incident" v WHERE v."id" IN via AND v."deletedAt" IS NULL`;
}
