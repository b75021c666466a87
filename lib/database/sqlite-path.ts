import path from "node:path";

/** The SQLite file of a DATABASE_URL (file:./data/atlas.db), relative to the working directory as Prisma resolves it. */
export function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}
