import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;

/** A Prisma client on a SQLite file through better-sqlite3 (no native query engine, works offline). */
export function createDb(url: string): Db {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}
