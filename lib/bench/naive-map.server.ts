import "server-only";
import { db } from "@/lib/db.server";
import type { IncidentFilter } from "@/lib/incidents/filter/filter";
import { filterToWhere } from "@/lib/incidents/filter/filter-where";

/**
 * For the benchmark only (scripts/bench, app/bench/naive-map): the map data loaded the naive way,
 * every incident as an object with its title, to compare against the map's clusters per view (decision 027).
 */
export async function naiveMapRows(filter: IncidentFilter) {
  return db.incident.findMany({
    where: { AND: [filterToWhere(filter), { latitude: { not: null } }, { longitude: { not: null } }] },
    select: { id: true, title: true, latitude: true, longitude: true, eventType: true, killedTotal: true },
  });
}
export type NaiveMapRow = Awaited<ReturnType<typeof naiveMapRows>>[number];
