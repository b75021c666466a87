import type pg from "pg";

/** What the copy needs to know of the target's tables, read from PostgreSQL's catalogue (its current schema). */
export type TargetCatalog = {
  /** Every table, the rollups and _prisma_migrations included. */
  tables: string[];
  /** Per table, each column's SQL type as format_type spells it ("integer", "timestamp(3) without time zone", "\"IncidentStatus\""). */
  columnTypes: Map<string, Map<string, string>>;
  /** Foreign keys, table to table. */
  references: { from: string; to: string }[];
  /** Per table, its primary key's columns in key order. */
  primaryKeys: Map<string, string[]>;
  /** The sequences behind serial columns (autoincrement ids), to move past the copied ids. */
  sequences: { table: string; column: string; sequence: string }[];
};

const IN_SCHEMA = `n.nspname = current_schema() AND c.relkind IN ('r', 'p')`;

export async function readTargetCatalog(client: pg.Client): Promise<TargetCatalog> {
  const columns = await client.query<{ table: string; column: string; type: string; sequence: string | null }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
            pg_get_serial_sequence(c.oid::regclass::text, a.attname) AS sequence
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${IN_SCHEMA} AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum`,
  );
  const references = await client.query<{ from: string; to: string }>(
    `SELECT c.relname AS from, p.relname AS to
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND ${IN_SCHEMA}`,
  );
  const keys = await client.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
      WHERE i.indisprimary AND ${IN_SCHEMA} ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)`,
  );
  const columnTypes = new Map<string, Map<string, string>>();
  for (const { table, column, type } of columns.rows) columnTypes.set(table, (columnTypes.get(table) ?? new Map()).set(column, type));
  const primaryKeys = new Map<string, string[]>();
  for (const { table, column } of keys.rows) primaryKeys.set(table, [...(primaryKeys.get(table) ?? []), column]);
  return {
    tables: [...columnTypes.keys()],
    columnTypes,
    references: references.rows,
    primaryKeys,
    sequences: columns.rows.flatMap(({ table, column, sequence }) => (sequence ? [{ table, column, sequence }] : [])),
  };
}
