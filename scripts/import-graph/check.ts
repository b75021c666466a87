import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { findCycles, findTwoWayFolders, type ImportGraph } from "./find-cycles";

/**
 * `npm run lint`'s check that no modules import each other in a circle, no two folders of lib/
 * import each other, nothing outside app/ imports a route folder (decision 010), and no server action
 * reads the user through getCurrentUser's render-scoped cache (decision 005). Reads every TypeScript file git knows; `@/` is the repository root.
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
// React's cache() is scoped to a render; a server action is not one, and read another request's user through it (decision 005).
const renderOnlyInActions = [...graph.keys()].filter(
  (f) => /^["']use server["']/.test(readFileSync(f, "utf8")) && /\bgetCurrentUser\b/.test(readFileSync(f, "utf8")),
);
for (const cycle of cycles) console.error(`Import circle: ${cycle.join(" <-> ")}`);
for (const { folders, imports } of twoWay) console.error(`Folders import each other: ${folders.join(" <-> ")}\n  ${imports.join("\n  ")}`);
for (const line of intoRoutes) console.error(`Imports a route folder (actions live in lib/<feature>/): ${line}`);
for (const file of renderOnlyInActions) console.error(`A server action reads the user with getCurrentUser (render-only); use authorizeAction: ${file}`);
if (cycles.length + twoWay.length + intoRoutes.length + renderOnlyInActions.length > 0) process.exit(1);
console.log(`Imports: no circles and no two-way folders among ${graph.size} modules.`);
