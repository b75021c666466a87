import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const pendingMigrations = (sqlite: Database.Database) => {
  const applied = new Set(
    (sqlite.prepare(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`).all() as { name: string }[]).map((r) => r.name),
  );
  return readdirSync(path.resolve("prisma/migrations")).filter((name) => /^\d/.test(name) && !applied.has(name));
};

/**
 * The synthetic database `file` with `count` incidents and every migration: a database from before a
 * newer migration is migrated (and re-ANALYZEd, as the generator does) rather than generated again.
 */
export function ensureDatabase(file: string, count: number) {
  if (existsSync(file)) {
    const sqlite = new Database(file, { readonly: true });
    const { n } = sqlite.prepare(`SELECT COUNT(*) AS n FROM "Incident"`).get() as { n: number };
    const pending = pendingMigrations(sqlite);
    sqlite.close();
    if (n === count && pending.length === 0) return;
    if (n === count) {
      console.log(`Applying ${pending.join(", ")} to ${file}...`);
      execFileSync("npx", ["--no-install", "prisma", "migrate", "deploy"], {
        env: { ...process.env, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
        stdio: "ignore",
      });
      const writable = new Database(file);
      writable.exec("ANALYZE");
      writable.close();
      return;
    }
  }
  execFileSync("npx", ["--no-install", "tsx", "scripts/synthetic/generate.ts", "--count", String(count), "--db", file], { stdio: "inherit" });
}
