import { IdParamSchema } from "@/lib/validation/id-param";

/** The incident page's address after a merge: `?merged=12-1-0-2` (the other record, then the sources, actors and claims added). */
export function mergedParams(otherId: number, sources: number, actors: number, claims: number): string {
  return `merged=${[otherId, sources, actors, claims].join("-")}`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** "Incident #12 was merged into this record: 1 source, 0 actors and 2 claims added. …", or null for anything else. */
export function describeMerge(value: unknown): string | null {
  const match = typeof value === "string" ? /^(\d{1,15})-(\d{1,4})-(\d{1,4})-(\d{1,4})$/.exec(value) : null;
  const id = match ? IdParamSchema.safeParse(match[1]) : null;
  if (!match || !id?.success) return null;
  const [sources, actors, claims] = match.slice(2).map(Number) as [number, number, number];
  return `Incident #${id.data} was merged into this record: ${count(sources, "source")}, ${count(actors, "actor")} and ${count(claims, "claim")} added. It is in the trash, from where it can be restored.`;
}
