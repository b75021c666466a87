/** The databases Atlas runs on, told apart by DATABASE_URL's scheme (docs/decisions/029). */
export type DatabaseKind = "sqlite" | "postgresql";

/** `file:` is SQLite (the default); `postgresql:` or `postgres:` is PostgreSQL; anything else is null. */
export function databaseKind(url: string): DatabaseKind | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}
