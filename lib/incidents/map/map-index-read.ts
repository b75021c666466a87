import type Database from "better-sqlite3";
import { forEachListedPoint } from "./map-points";
import { createMapIndexBuilder, type MapIndex } from "./map-index";

/** A point-list query (map-index-query.ts) as SQL text and bound values, to run on another connection. */
export type PointListQuery = { sql: string; values: unknown[] };

/** What the index's worker is given: on SQLite the file and the query it runs itself, on PostgreSQL the point list read. */
export type MapIndexJob = { file: string; query: PointListQuery } | { points: string | null };

/** Runs a point-list query on a better-sqlite3 connection and sorts its points into a MapIndex. */
export function readMapIndex(sqlite: Database.Database, { sql, values }: PointListQuery): MapIndex {
  const row = sqlite.prepare(sql).get(...values) as { points: string | null } | undefined;
  return indexFromPointList(row?.points ?? null);
}

/** The cluster index of a point list already read (on PostgreSQL, read by the server's own client). */
export function indexFromPointList(points: string | null): MapIndex {
  const builder = createMapIndexBuilder();
  forEachListedPoint(points, builder.add);
  return builder.build();
}

/** The index's arrays, handed over to the receiving thread instead of copied. */
export const indexBuffers = (index: MapIndex): ArrayBuffer[] =>
  [index.codes, index.killedSum, index.xSum, index.ySum, index.ids, index.lats, index.lngs, index.killed, index.flags].map((a) => a.buffer as ArrayBuffer);
