import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { IncidentFilter } from "../filter/filter";
import { changeLogSql } from "./change-log-sql";
import { asQuery, changedPointsStatement, pointListStatement } from "./map-index-query";
import type { KeptMapIndex, MapIndexJob, PointListRow } from "./map-index-read";

/**
 * Past this many writes since an index was read, it is read again whole: reading tens of thousands
 * of changed points one by one costs about as much as the whole list. Far below the 100,000 entries
 * the change log keeps (migration 20261214100000_incident_change_log), so the log always reaches back.
 */
export const MAX_PATCHED_CHANGES = 20_000;

/**
 * Whether a filter's incidents can be told from their own rows alone, so that an incident's own write
 * is the only thing that can move it in or out. Free text also matches sources' headlines, and
 * actors are links: those filters match few incidents and are read again whole.
 */
export const isPatchableFilter = (filter: IncidentFilter) => !filter.q && filter.actor.length === 0;

/**
 * What to do for a filter's index after the data's version changed (docs/decisions/027): nothing
 * when no incident was written since `previous` (the index goes on as it is), a patch from the
 * changed incidents when few were, else a whole read. `sqliteFile`: the worker reads that file
 * itself; without it (PostgreSQL) the row is read here, by the server's pool.
 */
export async function mapIndexJob(
  db: Db,
  filter: IncidentFilter,
  previous: KeptMapIndex | undefined,
  sqliteFile: string | null,
): Promise<MapIndexJob | KeptMapIndex> {
  if (previous && isPatchableFilter(filter)) {
    const [row] = await db.$queryRaw<{ pending: number | bigint; reaches: boolean | number | bigint }[]>(
      changeLogSql(db).pendingSince(previous.position, MAX_PATCHED_CHANGES),
    );
    const pending = Number(row?.pending ?? -1);
    if (row && Number(row.reaches) === 1 && pending >= 0 && pending <= MAX_PATCHED_CHANGES) {
      return pending === 0 ? previous : jobFor(db, changedPointsStatement(db, filter, previous.position), sqliteFile, previous);
    }
  }
  return jobFor(db, await pointListStatement(db, filter), sqliteFile, undefined);
}

async function jobFor(
  db: Db,
  statement: ReturnType<typeof changedPointsStatement>,
  sqliteFile: string | null,
  previous: KeptMapIndex | undefined,
): Promise<MapIndexJob> {
  if (sqliteFile !== null && dialectOf(db).kind === "sqlite") return { file: sqliteFile, query: asQuery(statement), previous };
  const [row] = await db.$queryRaw<PointListRow[]>(statement);
  return { row: { position: String(row?.position ?? ""), points: row?.points ?? null, changed: row?.changed ?? null }, previous };
}

/** Whether mapIndexJob found the index current (nothing to run). */
export const isKept = (value: MapIndexJob | KeptMapIndex): value is KeptMapIndex => "index" in value;
