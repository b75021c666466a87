import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql } from "../filter/filter-sql";
import { textSearchPlan } from "../filter/text-search-plan";
import { listItemSelect, toListItem, type IncidentListItem } from "./list-item";
import type { ListOrder } from "./sort";

/**
 * The list's order as SQL: by date or by killed (not reported last), then newest and highest id first.
 * Each column appears once: a repeated ORDER BY term stops SQLite from reading the order straight
 * off the (deletedAt, eventDate) index, and the whole table gets sorted instead.
 */
function orderBySql({ sort, dir }: ListOrder): Prisma.Sql {
  const direction = Prisma.raw(dir === "asc" ? "ASC" : "DESC");
  return sort === "killed"
    ? Prisma.sql`i."killedTotal" ${direction} NULLS LAST, i."eventDate" DESC, i."id" DESC`
    : Prisma.sql`i."eventDate" ${direction}, i."id" DESC`;
}

/**
 * One page of the filtered incidents for the list, with the total for paging. The page's ids and the
 * total come from SQL over filterToSql (the free-text and actor filters use their indexes there;
 * Prisma's relation filters become correlated subqueries run per row), then Prisma reads those rows.
 * Source counts are grouped for the page's ids only: Prisma's `_count` relation select aggregates
 * the whole IncidentSource table on every call (hundreds of ms at 100,000 incidents).
 */
export async function listIncidentsIn(
  db: Db,
  filter: IncidentFilter,
  order: ListOrder,
  page: number,
  pageSize: number,
): Promise<{ items: IncidentListItem[]; total: number }> {
  const where = filterToSql(filter, await textSearchPlan(db, filter));
  const [idRows, totalRows] = await Promise.all([
    db.$queryRaw<{ id: bigint | number }[]>`
      SELECT i."id" AS id FROM "Incident" i WHERE ${where}
      ORDER BY ${orderBySql(order)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ total: bigint | number }[]>`SELECT COUNT(*) AS total FROM "Incident" i WHERE ${where}`,
  ]);
  const ids = idRows.map((r) => Number(r.id));
  const [rows, counts] = await Promise.all([
    db.incident.findMany({ where: { id: { in: ids } }, select: listItemSelect }),
    db.incidentSource.groupBy({ by: ["incidentId"], where: { incidentId: { in: ids } }, _count: { _all: true } }),
  ]);
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const countById = new Map(counts.map((c) => [c.incidentId, c._count._all]));
  const items = ids.flatMap((id) => {
    const row = rowById.get(id);
    return row ? [toListItem(row, countById.get(id) ?? 0)] : [];
  });
  return { items, total: Number(totalRows[0]?.total ?? 0) };
}
