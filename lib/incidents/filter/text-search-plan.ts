import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import { postgresTextSearchPlan } from "./postgres-text-search";
import { ANY_STATUS } from "@/lib/taxonomy/statuses";
import { IncidentFilterSchema, type IncidentFilter } from "./filter";
import { actorMatchSql, filterToSql, hasTrigram, trigramCandidates, type TextSearchPlan } from "./filter-sql";
import { sqliteTextMatchIds } from "./sqlite-text-matches";

/**
 * Above this many candidate rows the trigram index costs more than LIKE on the table: each candidate
 * is rechecked by reading its row (~2 µs), a table scan costs ~70-100 ms at 100,000 incidents and
 * 200,000 sources.
 */
export const INDEX_CANDIDATE_LIMIT = 10_000;
const plans = new Map<string, TextSearchPlan>();

/**
 * How the free text of a filter is best searched (filterToSql's TextSearchPlan): a probe counts the
 * index's candidates (rows holding every trigram) up to INDEX_CANDIDATE_LIMIT for each part. The plan changes only the speed, so
 * it is kept per text (the latest 200) without regard to later writes.
 */
export async function textSearchPlan(db: Db, filter: Pick<IncidentFilter, "q">): Promise<TextSearchPlan | undefined> {
  const q = filter.q;
  if (q && dialectOf(db).kind === "postgresql") return postgresTextSearchPlan();
  if (!q || !hasTrigram(q)) return undefined;
  const known = plans.get(q);
  if (known) return known;
  const [row] = await db.$queryRaw<{ incidents: bigint | number; headlines: bigint | number }[]>`
    SELECT
      (SELECT COUNT(*) FROM (${trigramCandidates("IncidentTextSearch", q)} LIMIT ${INDEX_CANDIDATE_LIMIT})) AS incidents,
      (SELECT COUNT(*) FROM (${trigramCandidates("SourceTextSearch", q)} LIMIT ${INDEX_CANDIDATE_LIMIT})) AS headlines`;
  const plan: TextSearchPlan = {
    incidents: Number(row?.incidents ?? 0) < INDEX_CANDIDATE_LIMIT ? "index" : "scan",
    headlines: Number(row?.headlines ?? 0) < INDEX_CANDIDATE_LIMIT ? "index" : "scan",
  };
  plans.set(q, plan);
  if (plans.size > 200) plans.delete(plans.keys().next().value!);
  return plan;
}

/** The incidents outside the trash (any status) that the text and the actors match, by id. */
function matchingIdsSql(q: string, actor: string[], plan: TextSearchPlan): Prisma.Sql {
  if (plan.database === "postgresql") {
    const narrow = IncidentFilterSchema.parse({ q, actor, status: ANY_STATUS });
    return Prisma.sql`SELECT i."id" AS id FROM "Incident" i WHERE ${filterToSql(narrow, plan)} ORDER BY i."id"`;
  }
  const byActor = actor.length ? Prisma.sql`WHERE ${actorMatchSql(Prisma.sql`t."id"`, actor)}` : Prisma.empty;
  return Prisma.sql`SELECT t."id" AS id FROM (${sqliteTextMatchIds(q)}) t ${byActor} ORDER BY t."id"`;
}

/** Above this many incidents the matches are not read into a list: each query tests the conditions itself. */
export const MATCH_LIST_LIMIT = 50_000;

/**
 * textSearchPlan with the ids of the incidents the free text matches, and the actors too when the
 * filter names any (outside the trash, any status), read once: for a request, or the overview's reads
 * of one filter, that run several queries over the same text (the bulletin's dozen; the overview's
 * list, counts and histogram), where searching the text indexes again in each query cost most of the
 * time. filterToSql then tests `id IN` the list in place of both conditions. Undefined without free
 * text: an actor alone is already a short list in its index (IncidentActor by actor), which each query
 * reads faster than a list handed to it. Without the list (the plan alone) when the text takes the
 * scan plan or more than MATCH_LIST_LIMIT incidents match. Never kept past a change of the data (the
 * callers keep it for one request, or by data version).
 */
export async function textAndActorMatches(db: Db, filter: Pick<IncidentFilter, "q" | "actor">): Promise<TextSearchPlan | undefined> {
  const { q, actor } = filter;
  if (!q) return undefined;
  const plan = (await textSearchPlan(db, filter)) ?? { incidents: "scan", headlines: "scan" };
  if (plan.incidents === "scan" || plan.headlines === "scan") return plan;
  const [row] = await db.$queryRaw<{ n: bigint | number; ids: string | null }[]>`
    SELECT COUNT(*) AS n, ${dialectOf(db).jsonArrayAgg(Prisma.sql`m."id"`)} AS ids
    FROM (${matchingIdsSql(q, actor, plan)} LIMIT ${MATCH_LIST_LIMIT + 1}) m`;
  if (Number(row?.n ?? 0) > MATCH_LIST_LIMIT) return plan;
  return { ...plan, matches: row?.ids ?? "[]" };
}
