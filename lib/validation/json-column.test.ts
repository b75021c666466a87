import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJsonColumn } from "./json-column";

const Schema = z.object({ file: z.string(), line: z.number() });

describe("readJsonColumn", () => {
  it("reads a stored value that fits its schema", () => {
    expect(readJsonColumn(Schema, '{"file":"a.csv","line":2}')).toEqual({ file: "a.csv", line: 2 });
  });

  it("reads nothing, broken JSON and a value of another shape as null", () => {
    for (const stored of [null, undefined, "", "{not json", '{"file":"a.csv"}', "[]"]) expect(readJsonColumn(Schema, stored)).toBeNull();
  });
});
