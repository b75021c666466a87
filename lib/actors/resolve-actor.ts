import { Prisma } from "@/generated/prisma/client";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { ActorKind } from "@/lib/taxonomy/actor-roles";

/** The actor whose name or alias is `name` (case-insensitive), or null. */
export async function findActorByName(tx: Prisma.TransactionClient, name: string): Promise<{ id: number } | null> {
  const wanted = name.trim();
  const { equalsIgnoringCase } = dialectOf(tx);
  const byName = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "Actor" WHERE ${equalsIgnoringCase(Prisma.sql`"name"`, wanted)}
    UNION ALL
    SELECT "actorId" AS "id" FROM "ActorAlias" WHERE ${equalsIgnoringCase(Prisma.sql`"alias"`, wanted)}
    LIMIT 1`;
  return byName[0] ? { id: Number(byName[0].id) } : null;
}

/** The actor called `name`, created with `kind` if nobody of that name or alias exists yet. */
export async function findOrCreateActor(tx: Prisma.TransactionClient, name: string, kind: ActorKind): Promise<number> {
  const found = await findActorByName(tx, name);
  if (found) return found.id;
  return (await tx.actor.create({ data: { name: name.trim(), kind }, select: { id: true } })).id;
}
