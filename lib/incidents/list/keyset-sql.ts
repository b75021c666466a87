import { Prisma } from "@/generated/prisma/client";
import { isoDateToUtc } from "@/lib/dates/iso-date";
import { sqliteDate } from "@/lib/incidents/write/sqlite-file";
import type { ListKey } from "./list-cursor";
import type { ListOrder } from "./sort";

/**
 * The list's order as keyset reads (decision 028). The order is split into segments, each read with
 * one direction over all of its columns, so SQLite walks one index and stops after the page:
 * - date: eventDate, then id, both in the chosen direction (one segment);
 * - killed: the reported tolls by killedTotal, eventDate, id in the chosen direction, then the
 *   incidents whose toll is not reported (NULL) by eventDate, id in the same direction. NULLS LAST
 *   in SQL would make SQLite sort the whole match instead of reading the index.
 */
export type Segment = {
  /** Which rows belong to the segment. */
  where: Prisma.Sql;
  /** The columns of its order, the id last. */
  columns: readonly string[];
  /** The key's values for those columns, as stored. */
  values: (key: ListKey) => unknown[];
  /** The index that holds the segment in its order (the rowid ends every index). */
  index: string;
  /** For the reported tolls: the order's columns and key values within one toll (keyset-read.ts walks tolls one by one). */
  withinToll?: Pick<Segment, "columns" | "values">;
};

/** The stored text of an event day (the adapter's iso8601 form; every eventDate is midnight UTC). */
const storedDay = (day: string) => sqliteDate(isoDateToUtc(day));

const BY_DATE = "Incident_deletedAt_eventDate_idx";
const BY_KILLED = "Incident_deletedAt_killedTotal_eventDate_idx";
const DATE_SEGMENT: Segment = { where: Prisma.sql`TRUE`, columns: ["eventDate", "id"], values: (k) => [storedDay(k.day), k.id], index: BY_DATE };
const KILLED_SEGMENTS: readonly Segment[] = [
  {
    where: Prisma.sql`i."killedTotal" IS NOT NULL`,
    columns: ["killedTotal", "eventDate", "id"],
    values: (k) => [k.killed, storedDay(k.day), k.id],
    index: BY_KILLED,
    withinToll: { columns: ["eventDate", "id"], values: (k) => [storedDay(k.day), k.id] },
  },
  // killedTotal IS NULL, in the killed index too: its NULLs are one run, ordered by day and rowid.
  { where: Prisma.sql`i."killedTotal" IS NULL`, columns: ["eventDate", "id"], values: (k) => [storedDay(k.day), k.id], index: BY_KILLED },
];

export function listSegments(order: ListOrder): readonly Segment[] {
  return order.sort === "killed" ? KILLED_SEGMENTS : [DATE_SEGMENT];
}

/** Which segment a key lies in. */
export function segmentOf(order: ListOrder, key: ListKey): number {
  return order.sort === "killed" && key.killed === null ? 1 : 0;
}

const column = (name: string) => Prisma.raw(`i."${name}"`);

/**
 * Rows strictly after the key in a direction ("<" walks downwards), over the columns in order:
 * `a <= A AND (a < A OR (b <= B AND (b < B OR c < C)))`. Written out rather than as a row value so
 * that the first column is a plain range SQLite reads from the index, whatever its version.
 */
export function afterKeySql(columns: readonly string[], values: readonly unknown[], op: "<" | ">"): Prisma.Sql {
  const [first, ...rest] = columns;
  const [value, ...restValues] = values;
  const strict = Prisma.sql`${column(first!)} ${Prisma.raw(op)} ${value}`;
  if (rest.length === 0) return strict;
  return Prisma.sql`${column(first!)} ${Prisma.raw(`${op}=`)} ${value} AND (${strict} OR (${afterKeySql(rest, restValues, op)}))`;
}

/** ORDER BY for a segment walked downwards ("DESC") or upwards. */
export function segmentOrderSql(segment: Segment, direction: "ASC" | "DESC"): Prisma.Sql {
  return Prisma.raw(segment.columns.map((c) => `i."${c}" ${direction}`).join(", "));
}
