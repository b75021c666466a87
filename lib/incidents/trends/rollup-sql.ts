import { Prisma } from "@/generated/prisma/client";
import { ANY_STATUS, PUBLIC_STATUS } from "@/lib/taxonomy/statuses";
import type { IncidentFilter } from "../filter/filter";
import { killedRollupAnswers, splitSpan, type DayRange, type DaySpan, type MonthSpan } from "./month-rollup";

/**
 * SQL over the rollups (IncidentMonthRollup, decision 025; IncidentDayRollup, decision 026; the
 * killed rollups, decision 026 of 2026-12-05), aliased `r`, for filters rollupSpan accepts.
 */

/** Which rollups hold a filter's groups, and the columns that count its incidents and sum their killed. */
export type RollupSource = { month: Prisma.Sql; day: Prisma.Sql; count: Prisma.Sql; killed: Prisma.Sql };

/**
 * The plain rollups, or for a minimum killed (one of KILLED_THRESHOLDS, as rollupSpan checked) the
 * killed rollups' column pair for it.
 */
export function rollupSource(f: IncidentFilter): RollupSource {
  if (f.minKilled === undefined) {
    return {
      month: Prisma.raw(`"IncidentMonthRollup"`),
      day: Prisma.raw(`"IncidentDayRollup"`),
      count: Prisma.raw(`r."count"`),
      killed: Prisma.raw(`r."killed"`),
    };
  }
  const t = f.minKilled;
  if (!killedRollupAnswers(t)) throw new Error(`The killed rollups hold no columns for a minimum of ${t}`);
  return {
    month: Prisma.raw(`"IncidentMonthKilledRollup"`),
    day: Prisma.raw(`"IncidentDayKilledRollup"`),
    count: Prisma.raw(`r."count${t}"`),
    killed: Prisma.raw(`r."killed${t}"`),
  };
}

/** The monthly rollup that holds a filter's trend groups (month, province, event type), and its columns for them. */
export type TrendSource = { table: Prisma.Sql; count: Prisma.Sql; killed: Prisma.Sql; security: Prisma.Sql; civilians: Prisma.Sql; militants: Prisma.Sql };

/**
 * IncidentMonthRollup's columns, or for a minimum killed (one of KILLED_THRESHOLDS) IncidentMonthKilledRollup's
 * for that threshold: its incidents, their killed and their victims' split (decision 025, 2026-12-06).
 */
export function trendSource(f: IncidentFilter): TrendSource {
  const { month, count, killed } = rollupSource(f);
  const t = f.minKilled ?? "";
  const part = (name: string) => Prisma.raw(`r."${name}${t}"`);
  return { table: month, count, killed, security: part("security"), civilians: part("civilians"), militants: part("militants") };
}

/**
 * The perpetrator rollup's columns that count a filter's incidents and sum their killed: "count" and
 * "killed", or for a minimum killed the pair for that threshold (decision 025, 2026-12-06).
 */
export function perpetratorSums(f: IncidentFilter): { count: Prisma.Sql; killed: Prisma.Sql } {
  const t = f.minKilled ?? "";
  if (f.minKilled !== undefined && !killedRollupAnswers(f.minKilled))
    throw new Error(`The perpetrator rollups hold no columns for a minimum of ${f.minKilled}`);
  return { count: Prisma.raw(`r."count${t}"`), killed: Prisma.raw(`r."killed${t}"`) };
}

/** The filter's conditions on the rollups' columns other than the dates, as filterToSql writes them for incidents. */
export function rollupColumnsWhere(f: IncidentFilter): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
  const inList = (column: string, values: readonly string[]) => Prisma.sql`${Prisma.raw(`r."${column}"`)} IN (${Prisma.join(values)})`;
  if (f.province.length) and.push(inList("provinceIso", f.province));
  if (f.country.length) and.push(inList("countryIso3", f.country));
  if (f.eventType.length) and.push(inList("eventType", f.eventType));
  // The default status is filterToSql's: published only unless every status is asked for.
  if (f.status !== ANY_STATUS) and.push(Prisma.sql`r."status" = ${f.status ?? PUBLIC_STATUS}`);
  return Prisma.join(and, " AND ");
}

/** The monthly rollup's months within `months`, either end open. */
export function monthsWhere(months: MonthSpan): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (months.first) and.push(Prisma.sql`r."month" >= ${months.first}`);
  if (months.last) and.push(Prisma.sql`r."month" <= ${months.last}`);
  return Prisma.join(and, " AND ");
}

function monthRows(f: IncidentFilter, months: MonthSpan) {
  const source = rollupSource(f);
  return Prisma.sql`SELECT r."month" || '-01' AS day, r."provinceIso" AS province, ${source.count} AS count, ${source.killed} AS killed
    FROM ${source.month} r WHERE ${rollupColumnsWhere(f)} AND ${monthsWhere(months)}`;
}

function dayRows(f: IncidentFilter, days: DayRange) {
  const source = rollupSource(f);
  return Prisma.sql`SELECT r."day" AS day, r."provinceIso" AS province, ${source.count} AS count, ${source.killed} AS killed
    FROM ${source.day} r WHERE ${rollupColumnsWhere(f)} AND r."day" >= ${days.from} AND r."day" <= ${days.to}`;
}

/**
 * The rollup rows that sum to the filter's incidents over `span` (day, province, count, killed; a
 * monthly row's day is its month's first): whole months from the monthly rollup, the days of part
 * months from the daily one, each read along its primary key. `byDay` reads days only, for
 * buckets (weeks, days) that do not follow months.
 */
export function rollupRowsSql(f: IncidentFilter, span: DaySpan, byDay = false): Prisma.Sql {
  if (byDay && span.from && span.to) return dayRows(f, { from: span.from, to: span.to });
  const { months, days } = splitSpan(span);
  const parts = [...(months ? [monthRows(f, months)] : []), ...days.map((d) => dayRows(f, d))];
  return Prisma.join(parts, " UNION ALL ");
}
