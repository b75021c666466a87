import { z } from "zod";
import { databaseKind } from "@/lib/database/database-kind";

/** A URL the WHATWG parser accepts, with a database name in its path (postgresql://user@host:5432/atlas). */
function isPostgresUrlWithDatabase(url: string): boolean {
  try {
    return new URL(url).pathname.length > 1;
  } catch {
    return false;
  }
}

const SqliteUrl = z
  .string({ error: "--from is required: the SQLite Atlas to copy (file:./data/atlas.db)" })
  .refine((url) => databaseKind(url) === "sqlite" && url.length > "file:".length, {
    error: (issue) => `--from must be a SQLite URL such as file:./data/atlas.db (copying from PostgreSQL is not supported); got "${String(issue.input)}"`,
  });

const PostgresUrl = z
  .string({ error: "--to is required: the empty, migrated PostgreSQL database (postgresql://user@host:5432/atlas)" })
  .refine((url) => databaseKind(url) === "postgresql" && isPostgresUrlWithDatabase(url), {
    error: (issue) => `--to must be a PostgreSQL URL with a database name, such as postgresql://user@host:5432/atlas; got "${String(issue.input)}"`,
  })
  // Prisma's ?schema= is not read by pg: the copy would go to another schema than the app reads.
  .refine((url) => !isPostgresUrlWithDatabase(url) || !new URL(url).searchParams.has("schema"), {
    error: "--to: ?schema= is not supported by db:copy; the tables must be in the database's default schema",
  });

/** `npm run db:copy -- --from file:… --to postgresql://…` (lib/database/copy/copy-atlas.ts). */
export const CopyOptionsSchema = z.strictObject(
  { from: SqliteUrl, to: PostgresUrl },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown option --${issue.keys.join(", --")}` : undefined) },
);

export type CopyOptions = z.infer<typeof CopyOptionsSchema>;
