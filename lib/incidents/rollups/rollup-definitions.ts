import type { DatabaseKind } from "@/lib/database/database-kind";
/**
 * The rollups kept by triggers on Incident (decisions 025, 026), described once for the check that
 * recounts them (check-rollups.ts). Each groups the incidents outside the trash by a period of the
 * event date and the same four columns, a province being '' when there is none; every sum treats an
 * unreported toll as 0.
 */
export type RollupDefinition = {
  table: string;
  /** The period column and the SQL that derives it from "eventDate" (ISO text). */
  period: { column: string; sql: string };
  /** Each summed column and the SQL that recounts it over the group's incidents. */
  sums: Record<string, string>;
};

const GROUP_COLUMNS = { provinceIso: `coalesce("provinceIso", '')`, countryIso3: `"countryIso3"`, eventType: `"eventType"`, status: `"status"` };

export const ROLLUP_GROUP_COLUMNS = Object.keys(GROUP_COLUMNS);

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
];

/** The recount of a rollup from the incidents: its key columns, then its sums, named as in the table. */
// On PostgreSQL the period is cut from a timestamp, and the status is an enum to compare as text.
const POSTGRES_PERIODS: Record<string, string> = { month: `to_char("eventDate", 'YYYY-MM')`, day: `to_char("eventDate", 'YYYY-MM-DD')` };
const POSTGRES_GROUP_COLUMNS = { ...GROUP_COLUMNS, status: `"status"::text` };

export function recountSql(r: RollupDefinition, database: DatabaseKind = "sqlite"): string {
  const [period, groups] = database === "postgresql" ? [POSTGRES_PERIODS[r.period.column]!, POSTGRES_GROUP_COLUMNS] : [r.period.sql, GROUP_COLUMNS];
  const keys = [`${period} AS "${r.period.column}"`, ...Object.entries(groups).map(([name, sql]) => `${sql} AS "${name}"`)];
  const sums = Object.entries(r.sums).map(([name, sql]) => `${sql} AS "${name}"`);
  return `SELECT ${[...keys, ...sums].join(", ")} FROM "Incident" WHERE "deletedAt" IS NULL GROUP BY 1, 2, 3, 4, 5`;
}

/** The rollup's stored rows, leaving out emptied groups (all zero), which a recount has no row for. */
export function storedSql(r: RollupDefinition): string {
  const columns = [r.period.column, ...ROLLUP_GROUP_COLUMNS, ...Object.keys(r.sums)].map((c) => `"${c}"`);
  const zero = Object.keys(r.sums)
    .map((c) => `"${c}" = 0`)
    .join(" AND ");
  return `SELECT ${columns.join(", ")} FROM "${r.table}" WHERE NOT (${zero})`;
}
