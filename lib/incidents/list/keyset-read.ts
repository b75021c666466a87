import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { ListKey } from "./list-cursor";
import { afterKeySql, listSegments, segmentOf, segmentOrderSql, type Segment } from "./keyset-sql";
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
export async function readKeys(
  db: Db,
  where: Prisma.Sql,
  order: ListOrder,
  position: ListPosition,
  limit: number,
  dense = false,
  byToll = false,
): Promise<ListKey[]> {
  const backwards = position.before !== undefined;
  const key = position.before ?? position.after;
  const downwards = (order.dir === "desc") !== backwards;
  const segments = listSegments(order);
  const start = key ? segmentOf(order, key) : backwards ? segments.length - 1 : 0;
  const keys: ListKey[] = [];
  for (let s = start; s >= 0 && s < segments.length && keys.length < limit; s += backwards ? -1 : 1) {
    const read: SegmentRead = { db, where, segment: segments[s]!, downwards, dense };
    const resume = key && s === start ? key : undefined;
    if (byToll && dense && read.segment.withinToll) keys.push(...(await readTollByToll(read, resume, limit - keys.length)));
    else
      keys.push(
        ...(await readSegment(
          read,
          Prisma.sql`TRUE`,
          resume && afterKeySql(read.segment.columns, read.segment.values(resume), read.downwards ? "<" : ">"),
          limit - keys.length,
        )),
      );
  }
  return keys;
}

type SegmentRead = { db: Db; where: Prisma.Sql; segment: Segment; downwards: boolean; dense: boolean };

/** Up to `limit` keys of one segment in its order, within `extra`, after a key's condition when given. */
async function readSegment(
  { db, where, segment, downwards, dense }: SegmentRead,
  extra: Prisma.Sql,
  after: Prisma.Sql | undefined,
  limit: number,
): Promise<ListKey[]> {
  const rows = await db.$queryRaw<KeyRow[]>`
    SELECT i."id" AS id, ${dialectOf(db).dayText(Prisma.sql`i."eventDate"`)} AS day, i."killedTotal" AS killed
    FROM "Incident" i ${dense ? dialectOf(db).indexedBy(segment.index) : Prisma.empty}
    WHERE ${where} AND ${segment.where} AND ${extra} AND ${after ?? Prisma.sql`TRUE`}
    ORDER BY ${segmentOrderSql(segment, downwards ? "DESC" : "ASC")} LIMIT ${limit}`;
  return rows.map((r) => ({ id: Number(r.id), day: r.day, killed: r.killed === null ? null : Number(r.killed) }));
}

/** Past this many tolls walked one by one, the rest of the segment is read in one query. */
const TOLLS_WALKED = 64;

/**
 * The reported tolls of the killed order one toll at a time: for each toll (the next one found by a
 * seek in the killed index), the matching rows with that toll by day and id, until the page is full.
 * For a dense filter with dates: within one toll the index is ordered by day, so the filter's dates
 * are a range there, where walking the whole order read every earlier year's rows of each toll first
 * (KP + Balochistan in 2024 by fewest killed: 430 ms at a million, decision 028).
 */
async function readTollByToll(read: SegmentRead, resume: ListKey | undefined, limit: number): Promise<ListKey[]> {
  const { db, segment, downwards } = read;
  const within = segment.withinToll!;
  const op = Prisma.raw(downwards ? "<" : ">");
  const keys: ListKey[] = [];
  let toll = resume?.killed ?? null;
  if (resume && toll !== null) {
    const after = afterKeySql(within.columns, within.values(resume), downwards ? "<" : ">");
    keys.push(...(await readSegment(read, Prisma.sql`i."killedTotal" = ${toll}`, after, limit)));
  }
  for (let walked = 0; keys.length < limit; walked++) {
    const beyond = toll === null ? Prisma.sql`TRUE` : Prisma.sql`i."killedTotal" ${op} ${toll}`;
    if (walked === TOLLS_WALKED) {
      keys.push(...(await readSegment(read, beyond, undefined, limit - keys.length)));
      break;
    }
    const [next] = await db.$queryRaw<{ killed: bigint | number }[]>`
      SELECT i."killedTotal" AS killed FROM "Incident" i ${dialectOf(db).indexedBy(segment.index)}
      WHERE i."deletedAt" IS NULL AND ${segment.where} AND ${beyond}
      ORDER BY i."killedTotal" ${Prisma.raw(downwards ? "DESC" : "ASC")} LIMIT 1`;
    if (!next) break;
    toll = Number(next.killed);
    keys.push(...(await readSegment(read, Prisma.sql`i."killedTotal" = ${toll}`, undefined, limit - keys.length)));
  }
  return keys;
}
