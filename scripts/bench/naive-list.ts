import type { Db } from "@/lib/create-db";
import type { IncidentFilter } from "@/lib/incidents/filter/filter";
import { filterToSql } from "@/lib/incidents/filter/filter-sql";
import { textSearchPlan } from "@/lib/incidents/filter/text-search-plan";

/**
 * The list as it was read before decision 028, for the bench's ratio: the page's ids by OFFSET and
 * every matching row counted. Only the ids and the count; the rows are read the same way in both.
 */
export async function naiveListIn(db: Db, filter: IncidentFilter, page: number, pageSize: number) {
  const where = filterToSql(filter, await textSearchPlan(db, filter));
  return Promise.all([
    db.$queryRaw`SELECT i."id" FROM "Incident" i WHERE ${where} ORDER BY i."eventDate" DESC, i."id" DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw`SELECT COUNT(*) AS total FROM "Incident" i WHERE ${where}`,
  ]);
}
