import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { DATABASE_SPECS } from "@/e2e/database-specs";
import { parsePgTestArgs } from "./pg-test-args";

describe("parsePgTestArgs", () => {
  it("runs both parts whole without arguments", () => {
    expect(parsePgTestArgs([])).toEqual({ unit: [], e2e: [] });
  });
  it("sends spec files to Playwright and other files to Vitest, skipping a part nothing was named for", () => {
    expect(parsePgTestArgs(["lib/a.test.ts"])).toEqual({ unit: ["lib/a.test.ts"], e2e: null });
    expect(parsePgTestArgs(["e2e/trash.spec.ts"])).toEqual({ unit: null, e2e: ["e2e/trash.spec.ts"] });
    expect(parsePgTestArgs(["trash.spec.ts", "lib/a.test.ts"])).toEqual({ unit: ["lib/a.test.ts"], e2e: ["trash.spec.ts"] });
  });
  it("passes everything, options too, to the one part asked for", () => {
    expect(parsePgTestArgs(["--unit-only"])).toEqual({ unit: [], e2e: null });
    expect(parsePgTestArgs(["--e2e-only", "--grep", "trash"])).toEqual({ unit: null, e2e: ["--grep", "trash"] });
    expect(parsePgTestArgs(["-t", "x", "--unit-only"])).toEqual({ unit: ["-t", "x"], e2e: null });
  });
  it("refuses an option it cannot place, and both modes at once", () => {
    expect(parsePgTestArgs(["--grep", "x"])).toEqual({ error: "--grep is for one part: add --unit-only (Vitest) or --e2e-only (Playwright)" });
    expect(parsePgTestArgs(["--unit-only", "--e2e-only"])).toEqual({ error: "--unit-only and --e2e-only exclude each other" });
  });
  it("runs the Vitest part whole and the database specs of the Playwright suite with --database-specs, which names files that exist", () => {
    expect(parsePgTestArgs(["--database-specs"])).toEqual({ unit: [], e2e: [...DATABASE_SPECS] });
    expect(parsePgTestArgs(["--database-specs", "--grep", "x"])).toEqual({ error: "--database-specs takes no other arguments" });
    expect(DATABASE_SPECS.filter((file) => !existsSync(file))).toEqual([]);
  });
});
