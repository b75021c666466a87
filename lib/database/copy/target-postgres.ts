import pg from "pg";
import { CopyRefusal, oneLine } from "./copy-refusal";
import { describeGap, knownMigrations, migrationGap } from "./migration-gap";

/** The URL without its password, to print. */
export function shownUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

// PostgreSQL's "database does not exist" (SQLSTATE 3D000).
const NO_SUCH_DATABASE = "3D000";

/** A connection to the target database, or a refusal that says why there is none. */
export async function connectTarget(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // A connection lost mid-copy fails the query in flight; without a listener it would also crash the process.
  client.on("error", () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    const { host, pathname } = new URL(url);
    if ((error as { code?: string }).code === NO_SUCH_DATABASE) {
      throw new CopyRefusal(
        `the database ${pathname.slice(1)} does not exist on ${host}: create it, then run npm run db:migrate with DATABASE_URL=${shownUrl(url)}`,
      );
    }
    throw new CopyRefusal(`cannot reach PostgreSQL at ${host} (${oneLine(error)})`);
  }
}

/** Refuses a target that does not have exactly this version's PostgreSQL migrations. */
export async function checkTargetMigrations(client: pg.Client, url: string): Promise<void> {
  const migrate = `run npm run db:migrate with DATABASE_URL=${shownUrl(url)} first`;
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
  if (!rows[0]!.exists) throw new CopyRefusal(`the target ${shownUrl(url)} is not migrated: ${migrate}`);
  const applied = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const gap = migrationGap(
    applied.rows.map((r) => r.name),
    knownMigrations("postgresql"),
  );
  if (gap.unknown.length) throw new CopyRefusal(`the target ${shownUrl(url)} has ${describeGap(gap)}: it belongs to another version of Atlas`);
  if (gap.pending.length) throw new CopyRefusal(`the target ${shownUrl(url)} has ${describeGap(gap)}: ${migrate}`);
}
