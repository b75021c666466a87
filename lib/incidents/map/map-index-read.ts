import type Database from "better-sqlite3";
import { forEachListedPoint } from "./map-points";
import { createMapIndexBuilder, type MapIndex } from "./map-index";
import { patchMapIndex } from "./map-index-patch";

/** A point-list query (map-index-query.ts) as SQL text and bound values, to run on another connection. */
export type PointListQuery = { sql: string; values: unknown[] };

/** A filter's index and the position of the incidents' change log it reflects (change-log-sql.ts). */
export type KeptMapIndex = { index: MapIndex; position: string };

/**
 * What a point-list statement answers: the log's position, the points, and for a patch the ids
 * written since the index's position (comma-separated; null when none).
 */
export type PointListRow = { position: string; points: string | null; changed?: string | null };

/**
 * What the index's worker is given: on SQLite the file and the statement it runs itself, on
 * PostgreSQL the row the server read; with `previous`, the statement reads what changed since that
 * index's position and the index is patched rather than built (docs/decisions/027).
 */
export type MapIndexJob = ({ file: string; query: PointListQuery } | { row: PointListRow }) & { previous?: KeptMapIndex };

/** Runs a job: reads (SQLite) or takes (PostgreSQL) the row, then builds or patches the index. */
export function runMapIndexJob(job: MapIndexJob, connection: (file: string) => Database.Database): KeptMapIndex {
  const row = "row" in job ? job.row : readRow(connection(job.file), job.query);
  const position = String(row.position);
  if (!job.previous) return { index: indexFromPointList(row.points), position };
  const changed = row.changed ? row.changed.split(",").map(Number) : [];
  return { index: patchMapIndex(job.previous.index, changed, indexFromPointList(row.points)), position };
}

function readRow(sqlite: Database.Database, { sql, values }: PointListQuery): PointListRow {
  return (sqlite.prepare(sql).get(...values) as PointListRow | undefined) ?? { position: "", points: null };
}

/** Runs a point-list query on a better-sqlite3 connection and sorts its points into a MapIndex. */
export function readMapIndex(sqlite: Database.Database, query: PointListQuery): MapIndex {
  return indexFromPointList(readRow(sqlite, query).points);
}

/** The cluster index of a point list already read (on PostgreSQL, read by the server's own client). */
export function indexFromPointList(points: string | null): MapIndex {
  const builder = createMapIndexBuilder();
  forEachListedPoint(points, builder.add);
  return builder.build();
}
