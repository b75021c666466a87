import type { ModelColumn } from "./model-tables";

/** A value as pg sends it inside an array parameter (copy-table.ts writes a batch as one array per column). */
export type PostgresValue = string | number | boolean | Buffer | null;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const NO_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * A DateTime as SQLite holds it, as UTC text PostgreSQL's timestamp(3) reads: the better-sqlite3
 * adapter writes ISO text with an offset (2024-03-16T00:00:00.000+00:00), or Unix milliseconds
 * when set to; SQL's CURRENT_TIMESTAMP writes UTC with no zone (2024-03-16 08:30:00). PostgreSQL
 * would drop an offset rather than apply it, so the instant is normalised here.
 */
function toTimestamp(value: unknown): string {
  let date: Date;
  if (typeof value === "number" || typeof value === "bigint") date = new Date(Number(value));
  else if (typeof value === "string" && DATE_ONLY.test(value)) date = new Date(`${value}T00:00:00Z`);
  else if (typeof value === "string" && NO_ZONE.test(value)) date = new Date(`${value.replace(" ", "T")}Z`);
  else if (typeof value === "string") date = new Date(value);
  else date = new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${JSON.stringify(String(value))}`);
  return date.toISOString();
}

function toBoolean(value: unknown): boolean {
  if (value === 0 || value === 1 || value === 0n || value === 1n) return Number(value) === 1;
  throw new Error(`not a boolean (0 or 1): ${JSON.stringify(String(value))}`);
}

function toInteger(value: unknown): number {
  // The adapter reads a fraction in an integer column as its whole part.
  if (typeof value === "number") return Math.trunc(value);
  if (typeof value === "bigint" && value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)) return Number(value);
  throw new Error(`not an integer: ${JSON.stringify(String(value))}`);
}

/** One SQLite value of a column, as PostgreSQL stores that column's Prisma type. Throws with the reason when it cannot be. */
export function toPostgresValue(column: ModelColumn, value: unknown): PostgresValue {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case "DateTime":
      return toTimestamp(value);
    case "Boolean":
      return toBoolean(value);
    case "Int":
      return toInteger(value);
    // Read with safe integers (copy-table.ts), so nothing past 2^53 was rounded on the way.
    case "BigInt":
    case "Decimal":
      return String(value);
    case "Float":
      if (typeof value === "number" || typeof value === "bigint") return Number(value);
      throw new Error(`not a number: ${JSON.stringify(String(value))}`);
    case "Bytes":
      return Buffer.isBuffer(value) ? value : Buffer.from(String(value));
    default:
      // String, Json (text on SQLite) and enums (text on SQLite, checked by PostgreSQL's enum type).
      return String(value);
  }
}
