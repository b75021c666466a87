import { Prisma } from "@/generated/prisma/client";
import { postgresDialect } from "@/lib/database/sql-dialect";
import type { TextSearchPlan } from "./text-plan";

const INCIDENT_TEXT_COLUMNS = ["title", "summary", "location", "district"] as const;

/** `q` anywhere in the column, any case (ILIKE: % and _ act as wildcards, as in LIKE on SQLite). */
const contains = (column: string, q: string) => postgresDialect.likeIgnoringCase(Prisma.raw(column), `%${q}%`);

/**
 * Free text on PostgreSQL (docs/decisions/029): the same columns as on SQLite, each with ILIKE, which
 * the pg_trgm GIN indexes of migration 20261210000200_text_search answer directly (the planner ORs
 * the columns' bitmaps, or scans when the text is too short to have a trigram). No plan to probe:
 * the planner's statistics choose between index and scan. `matches` (textMatches) is the ids read
 * once for a request.
 *
 * The incidents' columns and the sources' are one list of ids (UNION ALL): an OR of the ILIKEs with
 * `id IN (sources)` cannot be answered from bitmaps, so the planner tested every ILIKE on every
 * incident (about 550 ms for 'Peshawar' at 100,000 incidents, against 15 ms through the index).
 */
export function postgresTextMatchSql(q: string, plan: TextSearchPlan): Prisma.Sql {
  if (plan.matches !== undefined) return Prisma.sql`i."id" IN (${postgresDialect.jsonValues(plan.matches, "int")})`;
  const incidents = Prisma.join(
    INCIDENT_TEXT_COLUMNS.map((c) => contains(`t."${c}"`, q)),
    " OR ",
  );
  return Prisma.sql`i."id" IN (SELECT t."id" FROM "Incident" t WHERE ${incidents}
    UNION ALL SELECT isrc."incidentId" FROM "IncidentSource" isrc JOIN "Source" s ON s."id" = isrc."sourceId"
    WHERE ${contains(`s."headline"`, q)} OR ${contains(`s."archivedText"`, q)})`;
}

/** The plan on PostgreSQL: nothing to probe, the planner decides. */
export const postgresTextSearchPlan = (): TextSearchPlan => ({ incidents: "index", headlines: "index", database: "postgresql" });
