import type { Db } from "@/lib/create-db";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql } from "../filter/filter-sql";
import { textSearchPlan } from "../filter/text-search-plan";
import { POINT_LIST_SQL } from "./map-points-query";
import { forEachListedPoint } from "./map-points";
import { createMapIndexBuilder, type MapIndex } from "./map-index";

/**
 * The filter's points, read in one group_concat string (map-points.ts: rows through the driver
 * adapter cost far more) and sorted into the server's cluster index (map-index.ts).
 */
export async function mapIndexIn(db: Db, filter: IncidentFilter): Promise<MapIndex> {
  const [row] = await db.$queryRaw<{ points: string | null }[]>`
    SELECT ${POINT_LIST_SQL} AS points
    FROM "Incident" i WHERE ${filterToSql(filter, await textSearchPlan(db, filter))} AND i."latitude" IS NOT NULL AND i."longitude" IS NOT NULL`;
  const builder = createMapIndexBuilder();
  forEachListedPoint(row?.points ?? null, builder.add);
  return builder.build();
}
