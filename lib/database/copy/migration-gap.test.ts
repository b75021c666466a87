import { describe, expect, it } from "vitest";
import { describeGap, knownMigrations, migrationGap } from "./migration-gap";

describe("migrationGap", () => {
  it("names the pending and the unknown migrations", () => {
    expect(migrationGap(["1_a", "2_b"], ["1_a", "2_b"])).toEqual({ pending: [], unknown: [] });
    expect(migrationGap(["1_a"], ["1_a", "2_b", "3_c"])).toEqual({ pending: ["2_b", "3_c"], unknown: [] });
    expect(migrationGap(["1_a", "9_z"], ["1_a"])).toEqual({ pending: [], unknown: ["9_z"] });
  });

  it("says so in words, listing a few", () => {
    expect(describeGap({ pending: [], unknown: [] })).toBe("");
    expect(describeGap({ pending: ["2_b"], unknown: [] })).toBe("1 pending migration (2_b)");
    expect(describeGap({ pending: ["1", "2", "3", "4", "5"], unknown: ["9"] })).toBe(
      "5 pending migrations (1, 2, 3 and 2 more) and 1 migration this version does not know (9)",
    );
  });

  it("reads each database's migrations folder, oldest first", () => {
    for (const database of ["sqlite", "postgresql"] as const) {
      const names = knownMigrations(database);
      expect(names.length).toBeGreaterThan(2);
      expect([...names].sort()).toEqual(names);
      expect(names.every((n) => /^\d{14}_/.test(n))).toBe(true);
    }
    expect(knownMigrations("postgresql")[0]).toBe("20261210000000_baseline");
  });
});
