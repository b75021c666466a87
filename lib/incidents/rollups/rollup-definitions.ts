import type { DatabaseKind } from "@/lib/database/database-kind";
/**
 * The rollups kept by triggers (decisions 025, 026), described once for the check that recounts them
 * (check-rollups.ts) and the synthetic generator that fills them. Each groups the incidents outside
 * the trash by a period of the event date, its own key columns if any, and the same four columns, a
 * province being '' when there is none; every sum treats an unreported toll as 0.
 */
export type RollupDefinition = {
  table: string;
  /** What it counts, when not one row per incident: "Incident" joined to other rows (SQL of a FROM). */
  from?: string;
  /** Key columns between the period and the group columns, and the SQL of each (the perpetrator's actor). */
  keys?: Record<string, string>;
  /** Which of the four group columns it keeps, when not all (in their order). */
  groups?: readonly GroupColumn[];
  /** Which incidents outside the trash it counts, when not all of them (SQL over "Incident"). */
  only?: string;
  /** The period column and the SQL that derives it from "eventDate" (ISO text). */
  period: { column: string; sql: string };
  /** Each summed column and the SQL that recounts it over the group's incidents. */
  sums: Record<string, string>;
};

/**
 * The minimums of killed the killed rollups answer (migrations 20261210100000_overview_killed_rollup on
 * SQLite, 20261211000000_killed_rollups on PostgreSQL): per threshold t, "count<t>" incidents killed
 * at least t and "killed<t>" their killedTotal summed. The monthly one also holds their victims' split
 * per threshold, and the perpetrator rollups their own pair per threshold (migrations
 * 20261213100000_trends_killed_rollups, 20261213200000_trends_killed_rollups: decision 025, 2026-12-06).
 */
export const KILLED_THRESHOLDS = [0, 1, 2, 3, 5, 10, 20, 50, 100] as const;

function killedThresholdSums(): Record<string, string> {
  return Object.fromEntries(
    KILLED_THRESHOLDS.flatMap((t) => [
      // CASE rather than summing the comparison: PostgreSQL has no SUM of a boolean.
      [`count${t}`, `coalesce(SUM(CASE WHEN "killedTotal" >= ${t} THEN 1 ELSE 0 END), 0)`],
      [`killed${t}`, `coalesce(SUM(CASE WHEN "killedTotal" >= ${t} THEN "killedTotal" ELSE 0 END), 0)`],
    ]),
  );
}

/** The victims' split of the trends page (security forces, civilians, militants) and the Incident column each sums. */
export const VICTIM_COLUMNS = { security: "killedSecurity", civilians: "killedCivilians", militants: "killedMilitants" } as const;

/** Per threshold t and victim category v, "<v><t>": that part of the toll of the incidents that killed at least t. */
function victimThresholdSums(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(VICTIM_COLUMNS).flatMap(([name, column]) =>
      KILLED_THRESHOLDS.map((t) => [`${name}${t}`, `coalesce(SUM(CASE WHEN "killedTotal" >= ${t} THEN coalesce("${column}", 0) ELSE 0 END), 0)`]),
    ),
  );
}

const GROUP_COLUMNS = { provinceIso: `coalesce("provinceIso", '')`, countryIso3: `"countryIso3"`, eventType: `"eventType"`, status: `"status"` };
type GroupColumn = keyof typeof GROUP_COLUMNS;

export const ROLLUP_GROUP_COLUMNS = Object.keys(GROUP_COLUMNS) as GroupColumn[];

/** An incident once per actor it names as a perpetrator (decision 025, amendment of 2026-12-06). */
const PERPETRATOR_LINKS = `"Incident" JOIN "IncidentActor" ia ON ia."incidentId" = "Incident"."id" AND ia."role" = 'perpetrator'`;

export const ROLLUPS: readonly RollupDefinition[] = [
  {
    table: "IncidentMonthRollup",
    period: { column: "month", sql: `substr("eventDate", 1, 7)` },
    sums: {
      count: "COUNT(*)",
      killed: `coalesce(SUM("killedTotal"), 0)`,
      security: `coalesce(SUM("killedSecurity"), 0)`,
      civilians: `coalesce(SUM("killedCivilians"), 0)`,
      militants: `coalesce(SUM("killedMilitants"), 0)`,
    },
  },
  {
    table: "IncidentDayRollup",
    period: { column: "day", sql: `substr("eventDate", 1, 10)` },
    sums: { count: "COUNT(*)", killed: `coalesce(SUM("killedTotal"), 0)` },
  },
  {
    table: "IncidentMonthKilledRollup",
    only: `"killedTotal" IS NOT NULL`,
    period: { column: "month", sql: `substr("eventDate", 1, 7)` },
    sums: { ...killedThresholdSums(), ...victimThresholdSums() },
  },
  {
    table: "IncidentDayKilledRollup",
    only: `"killedTotal" IS NOT NULL`,
    period: { column: "day", sql: `substr("eventDate", 1, 10)` },
    sums: killedThresholdSums(),
  },
  {
    table: "IncidentPerpetratorMonthRollup",
    from: PERPETRATOR_LINKS,
    keys: { actorId: `ia."actorId"` },
    period: { column: "month", sql: `substr("eventDate", 1, 7)` },
    sums: { count: "COUNT(*)", killed: `coalesce(SUM("killedTotal"), 0)`, ...killedThresholdSums() },
  },
  {
    // The same per month, actor, country and status only: for filters without a province or event type.
    table: "IncidentPerpetratorMonthTotalRollup",
    from: PERPETRATOR_LINKS,
    keys: { actorId: `ia."actorId"` },
    groups: ["countryIso3", "status"],
    period: { column: "month", sql: `substr("eventDate", 1, 7)` },
    sums: { count: "COUNT(*)", killed: `coalesce(SUM("killedTotal"), 0)`, ...killedThresholdSums() },
  },
];

/** A rollup's key columns in the order of its primary key: the period, its own keys, the four group columns. */
export const rollupKeyColumns = (r: RollupDefinition) => [r.period.column, ...Object.keys(r.keys ?? {}), ...(r.groups ?? ROLLUP_GROUP_COLUMNS)];

/** Every column of a rollup: its keys, then its sums. */
export const rollupColumns = (r: RollupDefinition) => [...rollupKeyColumns(r), ...Object.keys(r.sums)];

/** The recount of a rollup from the incidents: its key columns, then its sums, named as in the table. */
// On PostgreSQL the period is cut from a timestamp, and the status is an enum to compare as text.
const POSTGRES_PERIODS: Record<string, string> = { month: `to_char("eventDate", 'YYYY-MM')`, day: `to_char("eventDate", 'YYYY-MM-DD')` };
const POSTGRES_GROUP_COLUMNS = { ...GROUP_COLUMNS, status: `"status"::text` };

export function recountSql(r: RollupDefinition, database: DatabaseKind = "sqlite"): string {
  const [period, groups] = database === "postgresql" ? [POSTGRES_PERIODS[r.period.column]!, POSTGRES_GROUP_COLUMNS] : [r.period.sql, GROUP_COLUMNS];
  const kept = Object.fromEntries((r.groups ?? ROLLUP_GROUP_COLUMNS).map((name) => [name, groups[name]]));
  const keys = [`${period} AS "${r.period.column}"`, ...Object.entries({ ...r.keys, ...kept }).map(([name, sql]) => `${sql} AS "${name}"`)];
  const sums = Object.entries(r.sums).map(([name, sql]) => `${sql} AS "${name}"`);
  const groupBy = keys.map((_, i) => i + 1).join(", ");
  return `SELECT ${[...keys, ...sums].join(", ")} FROM ${r.from ?? `"Incident"`} WHERE "deletedAt" IS NULL${r.only ? ` AND ${r.only}` : ""} GROUP BY ${groupBy}`;
}

/** The rollup's stored rows, leaving out emptied groups (all zero), which a recount has no row for. */
export function storedSql(r: RollupDefinition): string {
  const columns = rollupColumns(r).map((c) => `"${c}"`);
  const zero = Object.keys(r.sums)
    .map((c) => `"${c}" = 0`)
    .join(" AND ");
  return `SELECT ${columns.join(", ")} FROM "${r.table}" WHERE NOT (${zero})`;
}
