import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { ListKey } from "./list-cursor";
import { afterKeySql, listSegments, segmentOf, segmentOrderSql } from "./keyset-sql";
import type { ListOrder } from "./sort";

/** Where a page starts: the list's first row, right after a key (Next) or right before one (Previous). */
export type ListPosition = { after?: ListKey; before?: ListKey };

type KeyRow = { id: bigint | number; day: string; killed: bigint | number | null };

/**
 * Up to `limit` keys of the rows matching `where` (over "Incident" aliased i) from a position, in
 * the order walked: the list's order forwards, or backwards from `before`. Each segment of the order
 * (keyset-sql.ts) is one query that reads an index in order and stops at the limit; the next
 * segment is read only when the page is not full yet.
 *
 * `dense`: the filter matches more than COUNT_CAP rows. SQLite's planner then still often picks the
 * index that narrows the filter (a province, an actor's incidents) and sorts the whole match for
 * 26 rows (300 ms to 5 s at a million); walking the order's own index instead reads about
 * 26 / (share matching) rows, at most 2,600 at a million. A sparse filter keeps the planner's choice.
 */
export async function readKeys(db: Db, where: Prisma.Sql, order: ListOrder, position: ListPosition, limit: number, dense = false): Promise<ListKey[]> {
  const backwards = position.before !== undefined;
  const key = position.before ?? position.after;
  const downwards = (order.dir === "desc") !== backwards;
  const segments = listSegments(order);
  const start = key ? segmentOf(order, key) : backwards ? segments.length - 1 : 0;
  const keys: ListKey[] = [];
  const dialect = dialectOf(db);
  for (let s = start; s >= 0 && s < segments.length && keys.length < limit; s += backwards ? -1 : 1) {
    const segment = segments[s]!;
    const from = key && s === start ? afterKeySql(segment.columns, segment.values(key), downwards ? "<" : ">") : Prisma.sql`TRUE`;
    const rows = await db.$queryRaw<KeyRow[]>`
      SELECT i."id" AS id, ${dialect.dayText(Prisma.sql`i."eventDate"`)} AS day, i."killedTotal" AS killed
      FROM "Incident" i ${dense ? dialect.indexedBy(segment.index) : Prisma.empty}
      WHERE ${where} AND ${segment.where} AND ${from}
      ORDER BY ${segmentOrderSql(segment, downwards ? "DESC" : "ASC")} LIMIT ${limit - keys.length}`;
    for (const r of rows) keys.push({ id: Number(r.id), day: r.day, killed: r.killed === null ? null : Number(r.killed) });
  }
  return keys;
}
