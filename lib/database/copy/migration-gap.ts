import { readdirSync } from "node:fs";
import path from "node:path";

/** The migrations folder of each database (docs/decisions/029), relative to the project root, where every command runs. */
export const MIGRATION_FOLDERS = { sqlite: path.join("prisma", "migrations"), postgresql: path.join("prisma", "postgres", "migrations") } as const;

/** The migrations this version of Atlas has for a database: their folder names, oldest first. */
export function knownMigrations(database: keyof typeof MIGRATION_FOLDERS): string[] {
  return readdirSync(path.resolve(MIGRATION_FOLDERS[database]))
    .filter((name) => /^\d/.test(name))
    .sort();
}

/** A database's migrations against this version's: the ones it has not applied, and the ones this version does not know. */
export function migrationGap(applied: readonly string[], known: readonly string[]): { pending: string[]; unknown: string[] } {
  return { pending: known.filter((m) => !applied.includes(m)), unknown: applied.filter((m) => !known.includes(m)) };
}

/** The gap in words ("" when there is none), e.g. "2 pending migrations (…)". */
export function describeGap({ pending, unknown }: { pending: string[]; unknown: string[] }): string {
  const list = (names: string[]) => (names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", "));
  return [
    pending.length ? `${pending.length} pending migration${pending.length > 1 ? "s" : ""} (${list(pending)})` : "",
    unknown.length ? `${unknown.length} migration${unknown.length > 1 ? "s" : ""} this version does not know (${list(unknown)})` : "",
  ]
    .filter(Boolean)
    .join(" and ");
}
