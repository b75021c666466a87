import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import { cachedByVersion } from "@/lib/read-cache/cached-by-version.server";
import { PUBLIC_STATUS } from "@/lib/taxonomy/statuses";

/** Every actor the atlas knows today; past that, those in the most incidents (the list is a hint, not the table). */
const MAX_ACTORS = 200;

/**
 * The names and aliases of the actors in incidents this reader may see (published ones, or every live
 * one for analysts and admins: an actor known only from a draft is not named to the public), sorted
 * whatever their case, for the filter's Actor field. The actor tables are small; the list is kept
 * until the data changes.
 */
async function actorSuggestionsQuery(seesUnpublished: boolean): Promise<string[]> {
  const visible = seesUnpublished ? Prisma.empty : Prisma.sql`AND i."status" = ${PUBLIC_STATUS}`;
  const rows = await db.$queryRaw<{ name: string }[]>`
    WITH seen AS (
      SELECT ia."actorId" AS id FROM "IncidentActor" ia JOIN "Incident" i ON i."id" = ia."incidentId"
      WHERE i."deletedAt" IS NULL ${visible}
      GROUP BY ia."actorId" ORDER BY COUNT(*) DESC, ia."actorId" LIMIT ${MAX_ACTORS})
    SELECT name FROM (
      SELECT a."name" AS name FROM "Actor" a WHERE a."id" IN (SELECT id FROM seen)
      UNION
      SELECT al."alias" AS name FROM "ActorAlias" al WHERE al."actorId" IN (SELECT id FROM seen)) AS names
    ORDER BY ${dialectOf(db).orderIgnoringCase(Prisma.sql`name`)}`;
  return rows.map((r) => r.name);
}

export const actorSuggestions = cachedByVersion("actor-suggestions", 4, actorSuggestionsQuery);
