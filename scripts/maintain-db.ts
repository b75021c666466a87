import { createDb } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import { DEFAULT_DATABASE_URL } from "@/lib/default-database-url";
import { backfillArchivedHashes } from "@/lib/sources/backfill-archived-hashes";

/**
 * Run on every start, after the migrations: hashes archived copies kept before hashes were recorded
 * (a no-op once done), and refreshes SQLite's planner statistics where they are missing or stale, so
 * the filters pick the indexes decision 006 describes on a real database too. Cheap: analysis_limit
 * samples each index. https://sqlite.org/pragma.html#pragma_optimize
 */
async function main() {
  const db = createDb(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  try {
    const hashed = await backfillArchivedHashes(db);
    if (hashed > 0) console.log(`Hashed ${hashed} archived ${hashed === 1 ? "copy" : "copies"} kept before hashes were recorded.`);
    if (dialectOf(db).kind === "postgresql") {
      // PostgreSQL's autovacuum keeps the statistics and the visibility map; one VACUUM (ANALYZE)
      // after migrating covers a fresh copy or bulk load (its pages all-visible, so the covering
      // indexes answer alone) where autovacuum has not run yet or is off. Pages already all-visible are skipped.
      await db.$executeRawUnsafe("VACUUM (ANALYZE)");
    } else {
      await db.$queryRawUnsafe("PRAGMA analysis_limit=1000");
      await db.$queryRawUnsafe("PRAGMA optimize=0x10002");
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
