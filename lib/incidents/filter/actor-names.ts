import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import type { IncidentFilter } from "./filter";

/**
 * The filter with its actor names as the atlas spells them: each name typed in any case, or an
 * alias, becomes the names of the actors it matches ("ttp" -> "Tehreek-e-Taliban Pakistan"); a name
 * that matches none stays as typed, so it still matches nothing. For the queries built by Prisma
 * (filter-where.ts), which compare names exactly on SQLite; filter-sql.ts folds case itself.
 */
export async function withAtlasActorNames(db: Db, filter: IncidentFilter): Promise<IncidentFilter> {
  if (!filter.actor.length) return filter;
  const typed = filter.actor.map((name) => name.toLowerCase());
  const rows = await db.$queryRaw<{ typed: string; name: string }[]>`
    SELECT lower(a."name") AS typed, a."name" AS name FROM "Actor" a WHERE lower(a."name") IN (${Prisma.join(typed)})
    UNION
    SELECT lower(al."alias") AS typed, a."name" AS name FROM "ActorAlias" al JOIN "Actor" a ON a."id" = al."actorId"
    WHERE lower(al."alias") IN (${Prisma.join(typed)})`;
  const names = filter.actor.flatMap((name) => {
    const matched = rows.filter((r) => r.typed === name.toLowerCase()).map((r) => r.name);
    return matched.length ? matched : [name];
  });
  return { ...filter, actor: [...new Set(names)] };
}
