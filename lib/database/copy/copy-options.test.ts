import { describe, expect, it } from "vitest";
import { CopyOptionsSchema } from "./copy-options";

const messages = (input: unknown) => {
  const parsed = CopyOptionsSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe("CopyOptionsSchema", () => {
  it("takes a SQLite source and a PostgreSQL target", () => {
    for (const to of ["postgresql://postgres@127.0.0.1:5432/atlas", "postgres://u:p@db.internal/atlas?sslmode=require"]) {
      expect(CopyOptionsSchema.parse({ from: "file:./data/atlas.db", to })).toEqual({ from: "file:./data/atlas.db", to });
    }
  });

  it.each([
    [{ to: "postgresql://h/atlas" }, "--from is required: the SQLite Atlas to copy (file:./data/atlas.db)"],
    [{ from: "file:a.db" }, "--to is required: the empty, migrated PostgreSQL database (postgresql://user@host:5432/atlas)"],
    [{ from: "postgresql://h/atlas", to: "postgresql://h/copy" }, 'from PostgreSQL is not supported); got "postgresql://h/atlas"'],
    [{ from: "mysql://h/atlas", to: "postgresql://h/atlas" }, 'got "mysql://h/atlas"'],
    [{ from: "file:", to: "postgresql://h/atlas" }, 'got "file:"'],
    [{ from: "file:a.db", to: "file:b.db" }, 'got "file:b.db"'],
    [
      { from: "file:a.db", to: "postgresql://h" },
      '--to must be a PostgreSQL URL with a database name, such as postgresql://user@host:5432/atlas; got "postgresql://h"',
    ],
    [{ from: "file:a.db", to: "postgresql://h:notaport/atlas" }, 'got "postgresql://h:notaport/atlas"'],
    [{ from: "file:a.db", to: "postgresql://h/atlas?schema=other" }, "--to: ?schema= is not supported by db:copy"],
    [{ from: "file:a.db", to: "postgresql://h/atlas", into: "x" }, "unknown option --into"],
  ])("refuses %j, saying what is wrong", (input, message) => {
    const found = messages(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });
});
