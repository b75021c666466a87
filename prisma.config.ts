import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DEFAULT_DATABASE_URL } from "./lib/default-database-url";
import { databaseKind } from "./lib/database/database-kind";
import { pgMigrationAdapter } from "./lib/database/pg-migration-adapter";

// Prisma does not read .env when this file exists, and the schema's `url = env("DATABASE_URL")`
// must resolve or the CLI falls back to the native engine and tries to download it (offline: fails).
// See docs/decisions/001-prisma-6-js-engine.md.
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;
const url = process.env.DATABASE_URL;
// The URL picks the database: its schema (both written from prisma/model.prisma by `npm run
// db:schemas`), its migrations and its driver adapter (docs/decisions/029).
const kind = databaseKind(url);
if (!kind) throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url}"`);

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

const TEXT_SEARCH_TABLES = ["IncidentTextSearch", "SourceTextSearch"].flatMap((t) => ["", "_config", "_data", "_docsize", "_idx"].map((suffix) => t + suffix));

// Tables that only raw SQL reads, kept by triggers or virtual: not in the model, so `migrate diff`
// must leave them alone. SQLite: the FTS5 tables of decision 006 and their shadow tables (a new FTS
// table must be added here). PostgreSQL: the rollups of decisions 025 and 026, plain, by killed and by perpetrator, and the
// incidents' change log of decision 027
// (text search there is pg_trgm indexes on the tables themselves).
const EXTERNAL_TABLES = {
  sqlite: TEXT_SEARCH_TABLES,
  postgresql: [
    "public.IncidentMonthRollup",
    "public.IncidentDayRollup",
    "public.IncidentMonthKilledRollup",
    "public.IncidentDayKilledRollup",
    "public.IncidentPerpetratorMonthRollup",
    "public.IncidentPerpetratorMonthTotalRollup",
    "public.IncidentChange",
    "public.IncidentChangeTrim",
  ],
};

const folder = kind === "sqlite" ? "prisma" : path.join("prisma", "postgres");

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  tables: { external: EXTERNAL_TABLES[kind] },
  schema: path.join(folder, "schema.prisma"),
  migrations: {
    path: path.join(folder, "migrations"),
    seed: "tsx --conditions=react-server prisma/seed.ts",
  },
  engine: "js",
  adapter: async () => (kind === "sqlite" ? withShadowFix(new PrismaBetterSQLite3({ url })) : pgMigrationAdapter(url)),
});
