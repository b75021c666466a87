import "server-only";
import { db } from "@/lib/db.server";
import { cachedByVersion } from "@/lib/read-cache/cached-by-version.server";
import type { IncidentFilter } from "./filter";
import type { TextSearchPlan } from "./filter-sql";
import { textAndActorMatches } from "./text-search-plan";

const matchesOf = cachedByVersion("text-and-actor-matches", 20, (q: string | undefined, actor: string[]) => textAndActorMatches(db, { q, actor }));

/**
 * The ids the filter's free text (and its actors) match (textAndActorMatches), read once per text and
 * actors until the data changes (lib/read-cache, decision 009), so the overview's list, per-province
 * counts and histogram, which the page asks for together, search the text once between them instead
 * of once each. Undefined without free text.
 */
export async function sharedMatches(filter: IncidentFilter): Promise<TextSearchPlan | undefined> {
  if (!filter.q) return undefined;
  return matchesOf(filter.q, filter.actor);
}
