/** A git-ignored SQLite file under data/, relative to the project root (where every command runs). */
export const DEFAULT_DATABASE_URL = "file:./data/atlas.db";
