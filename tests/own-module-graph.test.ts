import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["lib", "tests", "scripts", "prisma", "components"];

const testFiles = (root: string) =>
  readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => path.join(root, f));

/** How a file mocks a module and how it asks for modules of its own (tests/own-module-graph.ts). */
const MOCKS = /\bvi\.(mock|doMock)\(/;
const OWN_GRAPH = /await vi\.hoisted\(async \(\) => \(await import\("@\/tests\/own-module-graph"\)\)\.ownModuleGraph\(\)\);/;

describe("test files that mock a module (the unit suite shares its module graph, vitest.config.mts)", () => {
  const files = ROOTS.flatMap(testFiles).filter((f) => f !== path.join("tests", "own-module-graph.test.ts"));

  it("are found", () => {
    expect(files.filter((f) => MOCKS.test(readFileSync(f, "utf8"))).length).toBeGreaterThan(0);
  });

  it("load their modules anew before their imports, so that no file depends on which ran before it", () => {
    const without = files.filter((f) => {
      const text = readFileSync(f, "utf8");
      return MOCKS.test(text) && !OWN_GRAPH.test(text);
    });
    expect(without, "call ownModuleGraph() in vi.hoisted, as the other files that mock do").toEqual([]);
  });
});
