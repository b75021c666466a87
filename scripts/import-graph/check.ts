import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { findCycles, findTwoWayFolders, type ImportGraph } from "./find-cycles";

/**
 * `npm run lint`'s check that no modules import each other in a circle, no two folders of lib/
 * import each other, and nothing outside app/ imports a route folder (decision 010). Reads every TypeScript file git knows; `@/` is the repository root.
 */
const IMPORT = /(?:from|import)\s*\(?\s*["']([^"'\n]+)["']/g;
const ENDINGS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.join(path.dirname(from), specifier);
  else return null;
  for (const ending of ENDINGS) {
    const candidate = base + ending;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function readImportGraph(): ImportGraph {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx"], { encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !f.startsWith("generated/") && existsSync(f));
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const targets = [...readFileSync(file, "utf8").matchAll(IMPORT)].map((m) => resolve(file, m[1]!)).filter((t): t is string => t !== null);
    graph.set(file, targets);
  }
  return graph;
}

const graph = readImportGraph();
const cycles = findCycles(graph);
const twoWay = findTwoWayFolders(graph, (p) => /\.test\.tsx?$/.test(p)).filter((p) => p.folders[0].startsWith("lib/"));
const intoRoutes = [...graph].flatMap(([from, targets]) =>
  from.startsWith("app/") ? [] : targets.filter((t) => t.startsWith("app/")).map((t) => `${from} -> ${t}`),
);
for (const cycle of cycles) console.error(`Import circle: ${cycle.join(" <-> ")}`);
for (const { folders, imports } of twoWay) console.error(`Folders import each other: ${folders.join(" <-> ")}\n  ${imports.join("\n  ")}`);
for (const line of intoRoutes) console.error(`Imports a route folder (actions live in lib/<feature>/): ${line}`);
if (cycles.length + twoWay.length + intoRoutes.length > 0) process.exit(1);
console.log(`Imports: no circles and no two-way folders among ${graph.size} modules.`);
