import { describe, expect, it } from "vitest";
import { decideImport, importedMessage } from "./import-outcome";

const clean = { create: 3, update: 1, conflict: 0, reject: 0 };
const someRejected = { create: 3, update: 1, conflict: 0, reject: 2 };
const someConflicts = { create: 3, update: 1, conflict: 2, reject: 0 };
const flags = { dryRun: false, allowRejects: false, skipConflicts: false };

describe("decideImport", () => {
  it("writes a clean file and exits 0", () => {
    expect(decideImport(clean, flags)).toEqual({ write: true, exitCode: 0, message: null });
  });
  it("refuses a file with rejected rows: exits 1 and writes nothing", () => {
    const d = decideImport(someRejected, flags);
    expect(d).toMatchObject({ write: false, exitCode: 1 });
    expect(d.message).toMatch(/2 rows rejected: nothing was written.*--allow-rejects/);
  });
  it("imports the other rows with --allow-rejects", () => {
    expect(decideImport(someRejected, { ...flags, allowRejects: true })).toEqual({ write: true, exitCode: 0, message: null });
  });
  it("a dry run writes nothing and fails on rejected rows, so it can serve as a check", () => {
    expect(decideImport(clean, { ...flags, dryRun: true })).toMatchObject({ write: false, exitCode: 0 });
    expect(decideImport(someRejected, { ...flags, dryRun: true })).toMatchObject({ write: false, exitCode: 1 });
    expect(decideImport(someRejected, { ...flags, dryRun: true, allowRejects: true })).toMatchObject({ write: false, exitCode: 0 });
  });
  it("has nothing to write when every row is rejected, even when rejects are allowed", () => {
    expect(decideImport({ create: 0, update: 0, conflict: 0, reject: 4 }, { ...flags, allowRejects: true })).toEqual({
      write: false,
      exitCode: 0,
      message: "Nothing to import.",
    });
    expect(decideImport({ create: 0, update: 0, conflict: 0, reject: 4 }, flags)).toMatchObject({ write: false, exitCode: 1 });
  });
});

describe("decideImport with rows saved since the export", () => {
  it("refuses the file and says how to go on: exits 1 and writes nothing", () => {
    const d = decideImport(someConflicts, flags);
    expect(d).toMatchObject({ write: false, exitCode: 1 });
    expect(d.message).toBe(
      "2 rows saved in Atlas since the file was exported: nothing was written. To import, pass --skip-conflicts to leave the newer records as they are, or --overwrite-conflicts to write over them.",
    );
  });
  it("imports the other rows with --skip-conflicts", () => {
    expect(decideImport(someConflicts, { ...flags, skipConflicts: true })).toEqual({ write: true, exitCode: 0, message: null });
  });
  it("names both problems when a file has rejects and conflicts", () => {
    expect(decideImport({ ...someConflicts, reject: 1 }, { ...flags, dryRun: true }).message).toBe(
      "Dry run: nothing was written. 1 row rejected; 2 rows saved in Atlas since the file was exported.",
    );
  });
});

describe("importedMessage", () => {
  it("counts what was written and the skipped rows, in the right number", () => {
    expect(importedMessage({ created: 4999, updated: 0, rejected: 1, conflicts: 0 })).toBe(
      "Imported in one transaction: 4999 created, 0 updated; 1 rejected row was skipped.",
    );
    expect(importedMessage({ created: 3, updated: 2, rejected: 2, conflicts: 0 })).toBe(
      "Imported in one transaction: 3 created, 2 updated; 2 rejected rows were skipped.",
    );
    expect(importedMessage({ created: 3, updated: 0, rejected: 0, conflicts: 0 })).toBe("Imported in one transaction: 3 created, 0 updated.");
    expect(importedMessage({ created: 0, updated: 1, rejected: 0, conflicts: 1 })).toBe(
      "Imported in one transaction: 0 created, 1 updated; 1 row saved since the export was left as it is.",
    );
  });
});
