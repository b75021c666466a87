import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { databaseKind } from "@/lib/database/database-kind";
import { turnTakingFactory } from "@/lib/write-turns/turn-taking-adapter";
import { withReadPragmas } from "@/lib/database/sqlite-read-pragmas";

/**
 * The Prisma client's type. Both generated clients come from one model (prisma/model.prisma), so the
 * PostgreSQL client has the same API and is typed as the SQLite one (docs/decisions/029).
 */
export type Db = PrismaClient;

/** Connections per app process on PostgreSQL: the pages run two requests at once (decision 009), imports a few more. */
const PG_POOL_SIZE = 10;

/**
 * The one way a Prisma client is made, on the database DATABASE_URL names (no native query engine,
 * works offline):
 * - `file:` SQLite through better-sqlite3, whose writes take turns with the imports of this process
 *   and whose statements wait for an open transaction (lib/write-turns, a SQLite-only need: one
 *   connection, one writer), with a larger page cache (sqlite-read-pragmas.ts);
 * - `postgresql://` PostgreSQL through a pg pool: the server orders transactions itself.
 */
export function createDb(url: string): Db {
  switch (databaseKind(url)) {
    case "sqlite":
      return new PrismaClient({ adapter: turnTakingFactory(withReadPragmas(new PrismaBetterSQLite3({ url }))) });
    case "postgresql":
      return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url, max: PG_POOL_SIZE }) }) as unknown as Db;
    default:
      throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url}"`);
  }
}
