import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { turnTakingFactory } from "@/lib/write-turns/turn-taking-adapter";

export type Db = PrismaClient;

/**
 * A Prisma client on a SQLite file through better-sqlite3 (no native query engine, works offline).
 * Its writes take turns with the imports of this process (lib/write-turns).
 */
export function createDb(url: string): Db {
  return new PrismaClient({ adapter: turnTakingFactory(new PrismaBetterSQLite3({ url })) });
}
