import { describe, expect, it } from "vitest";
import { ImportConfirmFormSchema, confirmFormInput } from "./import-form";

const TOKEN = "0b6f2c1e-3a4d-4e5f-8a9b-0c1d2e3f4a5b";
const posted = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return ImportConfirmFormSchema.safeParse(confirmFormInput(fd));
};

describe("the import's confirm form", () => {
  it("keeps every newer edit when nothing is ticked", () => {
    expect(posted([["token", TOKEN]]).data).toEqual({ token: TOKEN, overwrite: [] });
  });
  it("overwrites the ticked incidents", () => {
    expect(
      posted([
        ["token", TOKEN],
        ["overwrite", "12"],
        ["overwrite", "40"],
      ]).data,
    ).toEqual({ token: TOKEN, overwrite: [12, 40] });
  });
  it("overwrites every conflict when Overwrite all is ticked, whatever else is", () => {
    expect(
      posted([
        ["token", TOKEN],
        ["overwriteAll", "all"],
        ["overwrite", "12"],
      ]).data,
    ).toEqual({ token: TOKEN, overwrite: "all" });
  });
  const cases: [string, [string, string][]][] = [
    ["no token", []],
    [
      "an id that is not a number",
      [
        ["token", TOKEN],
        ["overwrite", "twelve"],
      ],
    ],
    [
      "a negative id",
      [
        ["token", TOKEN],
        ["overwrite", "-3"],
      ],
    ],
    [
      "a fraction",
      [
        ["token", TOKEN],
        ["overwrite", "1.5"],
      ],
    ],
    [
      "another overwrite-all value",
      [
        ["token", TOKEN],
        ["overwriteAll", "some"],
      ],
    ],
    ["a huge token", [["token", "x".repeat(101)]]],
    ["more ids than the preview lists", [["token", TOKEN], ...Array.from({ length: 201 }, (_, i): [string, string] => ["overwrite", String(i + 1)])]],
  ];
  it.each(cases)("refuses %s", (_name, entries) => {
    expect(posted(entries).success).toBe(false);
  });
});
