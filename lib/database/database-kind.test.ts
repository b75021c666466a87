import { describe, expect, it } from "vitest";
import { databaseKind } from "./database-kind";

describe("databaseKind", () => {
  it.each([
    ["file:./data/atlas.db", "sqlite"],
    ["file:/tmp/x.db", "sqlite"],
    ["postgresql://postgres@127.0.0.1:5432/atlas", "postgresql"],
    ["postgres://u:p@db.example.org/atlas?sslmode=require", "postgresql"],
    ["mysql://root@localhost/atlas", null],
    ["./data/atlas.db", null],
    ["", null],
  ])("%s is %s", (url, kind) => {
    expect(databaseKind(url)).toBe(kind);
  });
});
