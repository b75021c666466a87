import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import { postgresTextSearchPlan } from "./postgres-text-search";
import { ANY_STATUS } from "@/lib/taxonomy/statuses";
import { IncidentFilterSchema, type IncidentFilter } from "./filter";
import { filterToSql, hasTrigram, trigramCandidates, type TextSearchPlan } from "./filter-sql";

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
export async function textSearchPlan(db: Db, filter: IncidentFilter): Promise<TextSearchPlan | undefined> {
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

/**
 * textSearchPlan with the ids of the incidents the text matches (outside the trash, any status), read
 * once: for a request that runs many queries over one filter (the bulletin's dozen), where searching
 * the text indexes again in each query cost most of the time. Only for that request: the ids are not
 * kept past it, so no write can make them stale. Undefined without free text.
 */
export async function textMatches(db: Db, filter: IncidentFilter): Promise<TextSearchPlan | undefined> {
  const q = filter.q;
  if (!q) return undefined;
  const plan = (await textSearchPlan(db, filter)) ?? { incidents: "scan", headlines: "scan" };
  const textOnly = IncidentFilterSchema.parse({ q, status: ANY_STATUS });
  const [row] = await db.$queryRaw<
    { ids: string | null }[]
  >`SELECT ${dialectOf(db).jsonArrayAgg(Prisma.sql`i."id"`)} AS ids FROM "Incident" i WHERE ${filterToSql(textOnly, plan)}`;
  return { ...plan, matches: row?.ids ?? "[]" };
}
