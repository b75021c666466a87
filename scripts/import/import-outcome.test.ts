import { describe, expect, it } from "vitest";
import { decideImport, importedMessage } from "./import-outcome";

const clean = { create: 3, update: 1, reject: 0 };
const someRejected = { create: 3, update: 1, reject: 2 };

describe("decideImport", () => {
  it("writes a clean file and exits 0", () => {
    expect(decideImport(clean, { dryRun: false, allowRejects: false })).toEqual({ write: true, exitCode: 0, message: null });
  });
  it("refuses a file with rejected rows: exits 1 and writes nothing", () => {
    const d = decideImport(someRejected, { dryRun: false, allowRejects: false });
    expect(d).toMatchObject({ write: false, exitCode: 1 });
    expect(d.message).toMatch(/2 rows were rejected: nothing was written.*--allow-rejects/);
  });
  it("imports the other rows with --allow-rejects", () => {
    expect(decideImport(someRejected, { dryRun: false, allowRejects: true })).toEqual({ write: true, exitCode: 0, message: null });
  });
  it("a dry run writes nothing and fails on rejected rows, so it can serve as a check", () => {
    expect(decideImport(clean, { dryRun: true, allowRejects: false })).toMatchObject({ write: false, exitCode: 0 });
    expect(decideImport(someRejected, { dryRun: true, allowRejects: false })).toMatchObject({ write: false, exitCode: 1 });
    expect(decideImport(someRejected, { dryRun: true, allowRejects: true })).toMatchObject({ write: false, exitCode: 0 });
  });
  it("has nothing to write when every row is rejected, even when rejects are allowed", () => {
    expect(decideImport({ create: 0, update: 0, reject: 4 }, { dryRun: false, allowRejects: true })).toEqual({ write: false, exitCode: 0, message: "Nothing to import." });
    expect(decideImport({ create: 0, update: 0, reject: 4 }, { dryRun: false, allowRejects: false })).toMatchObject({ write: false, exitCode: 1 });
  });
});

describe("importedMessage", () => {
  it("counts what was written and the skipped rows, in the right number", () => {
    expect(importedMessage({ created: 4999, updated: 0, rejected: 1 })).toBe("Imported in one transaction: 4999 created, 0 updated; 1 rejected row was skipped.");
    expect(importedMessage({ created: 3, updated: 2, rejected: 2 })).toBe("Imported in one transaction: 3 created, 2 updated; 2 rejected rows were skipped.");
    expect(importedMessage({ created: 3, updated: 0, rejected: 0 })).toBe("Imported in one transaction: 3 created, 0 updated.");
  });
});
