import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import type { IncidentFilter } from "../filter/filter";
import { filterToSql } from "../filter/filter-sql";
import { textAndActorMatches } from "../filter/text-search-plan";
import type { TextSearchPlan } from "../filter/filter-sql";
import type { IncidentListItem } from "./list-item";
import { readListItems } from "./list-rows";
import type { ListKey } from "./list-cursor";
import { readKeys, type ListPosition } from "./keyset-read";
import { cappedCount, type ListTotal } from "./capped-count";
import type { ListOrder } from "./sort";

/** A page of the list: its rows, the keys the Previous and Next links continue from, and the total. */
export type ListPage = {
  items: IncidentListItem[];
  total: ListTotal;
  /** The first row's key when rows come before it (Previous), else null (an empty page past the end offers First only). */
  previous: ListKey | null;
  /** The last row's key when rows come after it (Next), else null. */
  next: ListKey | null;
};

/** How readKeys walks: the order's own index when the filter is dense, and toll by toll when it also has dates. */
type Walk = { dense: boolean; byToll: boolean };

/** The page's keys, in the list's order, and whether rows come before and after them. */
async function pageKeys(db: Db, where: Prisma.Sql, order: ListOrder, position: ListPosition, size: number, walk: Walk) {
  if (position.before) {
    const keys = await readKeys(db, where, order, position, size + 1, walk.dense, walk.byToll);
    // Back at the start: the first page, full, as the First link shows it.
    if (keys.length <= size) return pageKeys(db, where, order, {}, size, walk);
    return { keys: keys.slice(0, size).reverse(), before: true, after: true };
  }
  const keys = await readKeys(db, where, order, position, size + 1, walk.dense, walk.byToll);
  return { keys: keys.slice(0, size), before: position.after !== undefined, after: keys.length > size };
}

/**
 * One page of the filtered incidents for the list, by keyset (decision 028): the page's ids come from
 * SQL over filterToSql (the free-text and actor filters use their indexes there), read from a
 * position instead of counted past with OFFSET, then one query reads those rows with their source
 * counts (list-rows.ts). The total is counted up to COUNT_CAP. The free text and actors are matched
 * once for the count and the page (textAndActorMatches), or `plan` gives the matches the overview's
 * other reads share.
 */
export async function listIncidentsIn(
  db: Db,
  filter: IncidentFilter,
  order: ListOrder,
  position: ListPosition,
  pageSize: number,
  plan?: TextSearchPlan,
): Promise<ListPage> {
  const where = filterToSql(filter, plan ?? (await textAndActorMatches(db, filter)));
  // The count first: whether the filter is dense tells readKeys which index to walk.
  const total = await cappedCount(db, where);
  const page = await pageKeys(db, where, order, position, pageSize, { dense: total.more, byToll: Boolean(filter.from || filter.to) });
  const items = await readListItems(
    db,
    page.keys.map((k) => k.id),
  );
  const [first, last] = [page.keys[0], page.keys[page.keys.length - 1]];
  return {
    items,
    total,
    previous: page.before && first ? first : null,
    next: page.after && last ? last : null,
  };
}
