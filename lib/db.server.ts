import "server-only";
import { createDb, type Db } from "./create-db";
import { env } from "./env.server";

const globalForDb = globalThis as unknown as { atlasDb?: Db };

/** The one Prisma client, kept on globalThis so dev-mode reloads do not open new connections. */
export const db: Db = globalForDb.atlasDb ?? createDb(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.atlasDb = db;
