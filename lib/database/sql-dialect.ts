import { Prisma } from "@/generated/prisma/client";
import type { DatabaseKind } from "./database-kind";

/**
 * The small pieces of SQL that differ between SQLite and PostgreSQL, one implementation per database
 * (docs/decisions/029). Raw queries are written in the SQL both understand (double-quoted
 * identifiers, TRUE/FALSE, CASE, COALESCE) and take only these pieces from here.
 */
export type SqlDialect = {
  kind: DatabaseKind;
  /** The elements of a JSON array parameter (`[1, 2]`, `["a"]`) as rows of one column, `value` (numbers or text). */
  jsonValues(json: string, type: "int" | "text"): Prisma.Sql;
  /** jsonValues with each element's place in the array (0, 1, …) as `key`, to keep the array's order. */
  jsonValuesInOrder(json: string, type: "int" | "text"): Prisma.Sql;
  /** Rows of a JSON array of arrays parameter (`[[1, 2, "x"]]`), as columns named `a`, `b`, `c`. */
  jsonTriples(json: string): Prisma.Sql;
  /** A DateTime column's day, '2024-03-16' (dates are ISO text on SQLite, timestamps on PostgreSQL). */
  dayText(column: Prisma.Sql): Prisma.Sql;
  /** A DateTime column's month, '2024-03'. */
  monthText(column: Prisma.Sql): Prisma.Sql;
  /** `column` equal to `value` ignoring the case of ASCII letters (SQLite's NOCASE). */
  equalsIgnoringCase(column: Prisma.Sql, value: string): Prisma.Sql;
  /** An ORDER BY term sorting `column` whatever the case of its ASCII letters. */
  orderIgnoringCase(column: Prisma.Sql): Prisma.Sql;
  /** `column` holds `pattern` (LIKE syntax) ignoring case: LIKE on SQLite (ASCII), ILIKE on PostgreSQL. */
  likeIgnoringCase(column: Prisma.Sql, pattern: string): Prisma.Sql;
  /** A JSON array of the `expression`'s values over the group's rows (`[]` for none). */
  jsonArrayAgg(expression: Prisma.Sql): Prisma.Sql;
  /** The group's rows as one JSON text, `[[a, b, …], …]` of the `columns` (a comma-separated list). */
  jsonRows(columns: Prisma.Sql): Prisma.Sql;
  /** The group's non-null text values joined by `separator`. */
  joinText(expression: Prisma.Sql, separator: string): Prisma.Sql;
  /** An enum column as text, to compare with a text value (an enum is text on SQLite, a type of its own on PostgreSQL). */
  enumText(column: Prisma.Sql): Prisma.Sql;
  /**
   * A query whose one value `version` changes whenever any connection commits a write (the read
   * caches' data version, decision 009): SQLite's data_version; PostgreSQL's current snapshot, which
   * changes when any transaction that wrote becomes visible, also in other databases of the server (a
   * cache emptied too often, never stale). Not the write-ahead log position: a commit is in the log
   * before it is visible, so a read between the two would be cached under the final position, stale.
   */
  dataVersion: Prisma.Sql;
  /**
   * A statement that holds `name` until the transaction ends, so transactions naming it run one after
   * another; null on SQLite, whose one connection runs transactions one at a time already (decision 009).
   */
  lockForTransaction(name: string): Prisma.Sql | null;
  /**
   * A statement that locks incident `id`'s row until the transaction ends, so a version check and the
   * write after it see no other writer's commit between them (lib/incidents/audit/audited-write.ts);
   * null on SQLite, whose one connection runs transactions one at a time already (decision 009).
   */
  lockIncidentRow(id: number): Prisma.Sql | null;
  /** `INDEXED BY name` where SQLite needs the hint (decision 028); PostgreSQL plans without it. */
  indexedBy(index: string): Prisma.Sql;
};

export const sqliteDialect: SqlDialect = {
  kind: "sqlite",
  jsonValues: (json) => Prisma.sql`SELECT value FROM json_each(${json})`,
  jsonValuesInOrder: (json) => Prisma.sql`SELECT key, value FROM json_each(${json})`,
  jsonTriples: (json) =>
    Prisma.sql`SELECT json_extract(value, '$[0]') AS a, json_extract(value, '$[1]') AS b, json_extract(value, '$[2]') AS c FROM json_each(${json})`,
  dayText: (column) => Prisma.sql`substr(${column}, 1, 10)`,
  monthText: (column) => Prisma.sql`substr(${column}, 1, 7)`,
  equalsIgnoringCase: (column, value) => Prisma.sql`${column} = ${value} COLLATE NOCASE`,
  orderIgnoringCase: (column) => Prisma.sql`${column} COLLATE NOCASE`,
  likeIgnoringCase: (column, pattern) => Prisma.sql`${column} LIKE ${pattern}`,
  jsonArrayAgg: (expression) => Prisma.sql`json_group_array(${expression})`,
  jsonRows: (columns) => Prisma.sql`json_group_array(json_array(${columns}))`,
  joinText: (expression, separator) => Prisma.sql`group_concat(${expression}, ${separator})`,
  enumText: (column) => column,
  dataVersion: Prisma.sql`SELECT data_version AS version FROM pragma_data_version`,
  lockForTransaction: () => null,
  lockIncidentRow: () => null,
  indexedBy: (index) => Prisma.raw(`INDEXED BY "${index}"`),
};

export const postgresDialect: SqlDialect = {
  kind: "postgresql",
  jsonValues: (json, type) =>
    type === "int"
      ? Prisma.sql`SELECT value::int AS value FROM json_array_elements_text(${json}::json) AS j(value)`
      : Prisma.sql`SELECT value FROM json_array_elements_text(${json}::json) AS j(value)`,
  jsonValuesInOrder: (json, type) =>
    type === "int"
      ? Prisma.sql`SELECT key - 1 AS key, value::int AS value FROM json_array_elements_text(${json}::json) WITH ORDINALITY AS j(value, key)`
      : Prisma.sql`SELECT key - 1 AS key, value FROM json_array_elements_text(${json}::json) WITH ORDINALITY AS j(value, key)`,
  jsonTriples: (json) => Prisma.sql`SELECT (v->>0)::int AS a, (v->>1)::int AS b, v->>2 AS c FROM json_array_elements(${json}::json) AS j(v)`,
  dayText: (column) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD')`,
  monthText: (column) => Prisma.sql`to_char(${column}, 'YYYY-MM')`,
  // lower() folds more than ASCII; names differing only in a non-ASCII letter's case are not expected.
  equalsIgnoringCase: (column, value) => Prisma.sql`lower(${column}) = lower(${value})`,
  orderIgnoringCase: (column) => Prisma.sql`lower(${column}), ${column}`,
  likeIgnoringCase: (column, pattern) => Prisma.sql`${column} ILIKE ${pattern}`,
  jsonArrayAgg: (expression) => Prisma.sql`coalesce(json_agg(${expression}), '[]'::json)::text`,
  jsonRows: (columns) => Prisma.sql`coalesce(json_agg(json_build_array(${columns})), '[]'::json)::text`,
  joinText: (expression, separator) => Prisma.sql`string_agg(${expression}, ${separator})`,
  enumText: (column) => Prisma.sql`${column}::text`,
  dataVersion: Prisma.sql`SELECT pg_current_snapshot()::text AS version`,
  lockForTransaction: (name) => Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${name}))`,
  lockIncidentRow: (id) => Prisma.sql`SELECT 1 FROM "Incident" WHERE "id" = ${id} FOR UPDATE`,
  indexedBy: () => Prisma.empty,
};

/** A Prisma client or transaction: each knows the database it was generated for. */
type Client = object;

/** The dialect of the database a client (or a transaction client) talks to. */
export function dialectOf(db: Client): SqlDialect {
  return (db as { _activeProvider?: string })._activeProvider === "postgresql" ? postgresDialect : sqliteDialect;
}
