import "server-only";
import { db } from "@/lib/db.server";
import type { ActorKind } from "@/lib/taxonomy/actor-roles";

export type ActorOption = { name: string; kind: ActorKind };

/** Every actor by name, for the form's pick-or-create list. */
export async function listActorOptions(): Promise<ActorOption[]> {
  return db.actor.findMany({ orderBy: { name: "asc" }, select: { name: true, kind: true }, take: 2000 });
}
