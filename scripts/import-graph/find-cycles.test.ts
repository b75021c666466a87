import { describe, expect, it } from "vitest";
import { findCycles, findTwoWayFolders, type ImportGraph } from "./find-cycles";

const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));
const isTest = (p: string) => p.endsWith(".test.ts");

describe("findCycles", () => {
  it("finds none in a graph that only points one way", () => {
    expect(findCycles(graph({ "a.ts": ["b.ts", "c.ts"], "b.ts": ["c.ts"], "c.ts": [] }))).toEqual([]);
  });

  it("finds two modules that import each other", () => {
    expect(findCycles(graph({ "a.ts": ["b.ts"], "b.ts": ["a.ts"] }))).toEqual([["a.ts", "b.ts"]]);
  });

  it("finds a circle through three modules once, and keeps separate circles apart", () => {
    const cycles = findCycles(graph({ "a.ts": ["b.ts"], "b.ts": ["c.ts"], "c.ts": ["a.ts"], "x.ts": ["y.ts"], "y.ts": ["x.ts"], "z.ts": ["a.ts"] }));
    expect(cycles).toHaveLength(2);
    expect(cycles).toContainEqual(["a.ts", "b.ts", "c.ts"]);
    expect(cycles).toContainEqual(["x.ts", "y.ts"]);
  });

  it("finds a module that imports itself", () => {
    expect(findCycles(graph({ "a.ts": ["a.ts"] }))).toEqual([["a.ts"]]);
  });
});

describe("findTwoWayFolders", () => {
  it("reports sibling folders that import each other, with the imports", () => {
    const found = findTwoWayFolders(graph({ "lib/a/x.ts": ["lib/b/y.ts"], "lib/b/y.ts": [], "lib/b/z.ts": ["lib/a/w.ts"], "lib/a/w.ts": [] }), isTest);
    expect(found).toEqual([{ folders: ["lib/a", "lib/b"], imports: ["lib/a/x.ts -> lib/b/y.ts", "lib/b/z.ts -> lib/a/w.ts"] }]);
  });

  it("compares nested folders with their siblings, not with their parents", () => {
    const edges = { "lib/a/f/x.ts": ["lib/a/g/y.ts"], "lib/a/g/y.ts": ["lib/a/f/z.ts"], "lib/a/f/z.ts": [], "lib/a/top.ts": ["lib/a/f/x.ts"] };
    expect(findTwoWayFolders(graph(edges), isTest).map((p) => p.folders)).toEqual([["lib/a/f", "lib/a/g"]]);
  });

  it("passes one-way dependencies, imports within a folder and imports from tests", () => {
    const edges = { "lib/a/x.ts": ["lib/b/y.ts", "lib/a/z.ts"], "lib/a/z.ts": ["lib/a/x.ts"], "lib/b/y.test.ts": ["lib/a/x.ts"], "lib/b/y.ts": [] };
    expect(findTwoWayFolders(graph(edges), isTest)).toEqual([]);
  });
});
