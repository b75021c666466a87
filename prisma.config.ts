import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DEFAULT_DATABASE_URL } from "./lib/default-database-url";

// Prisma does not read .env when this file exists, and the schema's `url = env("DATABASE_URL")`
// must resolve or the CLI falls back to the native engine and tries to download it (offline: fails).
// See docs/decisions/001-prisma-6-js-engine.md.
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
const url = process.env.DATABASE_URL;

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connectToShadowDb"]>>;

// Prisma 6.19 with engine "js": `migrate dev` replays each migration.sql into the shadow database
// through executeRaw(), which better-sqlite3 refuses for multi-statement SQL (P3006). Route raw SQL
// without parameters on the shadow connection through executeScript().
function withShadowFix(factory: Factory): Factory {
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async (): Promise<Adapter> => {
    const shadow = await connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => {
      if (query.args.length === 0) {
        await shadow.executeScript(query.sql);
        return 0;
      }
      return executeRaw(query);
    };
    return shadow;
  };
  return factory;
}

// FTS5 tables and their shadow tables come from a hand-written migration (docs/decisions/006); Prisma
// does not model virtual tables, and without this list `migrate diff`/`migrate dev` would drop them.
const TEXT_SEARCH_TABLES = ["IncidentTextSearch", "SourceTextSearch"].flatMap((t) => ["", "_config", "_data", "_docsize", "_idx"].map((suffix) => t + suffix));

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  tables: { external: TEXT_SEARCH_TABLES },
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx --conditions=react-server prisma/seed.ts",
  },
  engine: "js",
  adapter: async () => withShadowFix(new PrismaBetterSQLite3({ url })),
});
