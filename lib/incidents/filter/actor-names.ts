import type { Db } from "@/lib/create-db";
import type { IncidentFilter } from "./filter";
import { actorIdsMatchingSql } from "./actor-match";

/**
 * The filter with its actor terms replaced by the names of every actor they match, as filter-sql.ts
 * matches them (a name or alias, or else part of one, in any case: "talib" -> "Tehreek-e-Taliban
 * Pakistan"). For the queries built by Prisma (filter-where.ts), which compare names exactly on
 * SQLite. When no term matches an actor the terms stay as typed, so they still match nothing.
 */
export async function withAtlasActorNames(db: Db, filter: IncidentFilter): Promise<IncidentFilter> {
  if (!filter.actor.length) return filter;
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT a."name" AS name FROM "Actor" a WHERE a."id" IN (${actorIdsMatchingSql(filter.actor)}) ORDER BY a."name"`;
  return { ...filter, actor: rows.length ? rows.map((r) => r.name) : filter.actor };
}
