import { describe, expect, it } from "vitest";
import { describeConflict, overwrites, versionConflict } from "./version-conflict";

describe("versionConflict", () => {
  it("is none when an Atlas row was exported at the current version", () => {
    expect(versionConflict({ atlasId: 12, version: 3 }, { version: 3 })).toBeNull();
  });

  it("is a conflict when the record was saved after the export, or the row does not say its version", () => {
    expect(versionConflict({ atlasId: 12, version: 3 }, { version: 4 })).toEqual({ exportedVersion: 3, currentVersion: 4 });
    expect(versionConflict({ atlasId: 12, version: undefined }, { version: 4 })).toEqual({ exportedVersion: null, currentVersion: 4 });
  });

  it("is a conflict when the file is newer than the record (another database, or one restored from a backup)", () => {
    expect(versionConflict({ atlasId: 12, version: 5 }, { version: 4 })).toEqual({ exportedVersion: 5, currentVersion: 4 });
  });

  it("is never a conflict for a row without an Atlas id (ACLED rows)", () => {
    expect(versionConflict({ atlasId: null, version: undefined }, { version: 9 })).toBeNull();
  });
});

describe("overwrites", () => {
  it("writes nothing over a newer edit unless chosen", () => {
    expect(overwrites({ overwrite: "none" }, 12, 4)).toBe(false);
    expect(overwrites({ overwrite: "all" }, 12, 4)).toBe(true);
    expect(overwrites({ overwrite: new Set([12]) }, 12, 4)).toBe(true);
    expect(overwrites({ overwrite: new Set([13]) }, 12, 4)).toBe(false);
  });

  it("does not overwrite a version the preview did not show", () => {
    const previewed = new Map([[12, 4]]);
    expect(overwrites({ overwrite: "all", previewed }, 12, 4)).toBe(true);
    expect(overwrites({ overwrite: "all", previewed }, 12, 5)).toBe(false);
    expect(overwrites({ overwrite: new Set([13]), previewed }, 13, 2)).toBe(false);
  });
});

describe("describeConflict", () => {
  it("says which version the row was exported at and the current one", () => {
    expect(describeConflict(12, { exportedVersion: 3, currentVersion: 4 })).toBe("exported at version 3; incident 12 is now at version 4");
    expect(describeConflict(12, { exportedVersion: null, currentVersion: 4 })).toBe(
      "the file does not say which version it was exported at; incident 12 is now at version 4",
    );
  });
});
