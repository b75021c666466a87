import type pg from "pg";

/**
 * The indexes of the tables to copy, dropped for the copy and built again after it, in its
 * transaction (decision 007's deferred indexes, on PostgreSQL): one sorted build of each is several
 * times faster than keeping a dozen wide indexes and the trigram GIN indexes up to date row by row
 * (at 100,000 incidents, about 30 s instead of 110 s for the incidents). Primary keys and the indexes
 * behind constraints stay, and so do the rollups' keys, which the triggers' upserts need. Unique
 * indexes are checked again when they are built.
 */
export async function deferIndexes(client: pg.Client, tables: readonly string[]): Promise<() => Promise<void>> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relname = ANY ($1) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    [tables],
  );
  for (const { name } of rows) await client.query(`DROP INDEX ${name}`);
  return async () => {
    // Room to sort in memory, for this transaction only.
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const { definition } of rows) await client.query(definition);
  };
}
