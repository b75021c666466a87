import { describe, expect, it } from "vitest";
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
});
