import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Mutation = { key: string; file: string; name: string; kind: "route" | "action" };

const ROUTE_EXPORT = /export\s+(?:async\s+function|const|function)\s+(POST|PUT|PATCH|DELETE)\b/g;
const ROUTE_DESTRUCTURED = /export\s+const\s*\{([^}]*)\}\s*=/g;
const ACTION_EXPORT = /export\s+(?:async\s+function\s+(\w+)|const\s+(\w+)\s*=\s*async)/g;
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Every mutating route handler (`app/**\/route.ts` exporting POST/PUT/PATCH/DELETE) and every exported
 * function of a `"use server"` file under app/ or lib/ (where each feature keeps its actions), read
 * from the source so none can be forgotten.
 */
export function findMutations(root: string): Mutation[] {
  const out: Mutation[] = [];
  for (const full of ["app", "lib"].flatMap((dir) => filesUnder(path.join(root, dir)))) {
    const file = path.relative(root, full).split(path.sep).join("/");
    const source = readFileSync(full, "utf8");
    const add = (name: string, kind: Mutation["kind"]) => out.push({ key: `${file}#${name}`, file, name, kind });
    if (/^app\/(.*\/)?route\.tsx?$/.test(file)) {
      for (const m of source.matchAll(ROUTE_EXPORT)) add(m[1]!, "route");
      for (const m of source.matchAll(ROUTE_DESTRUCTURED)) {
        for (const name of m[1]!.split(",").map((n) =>
          n
            .trim()
            .split(/\s*:\s*/)
            .pop()!,
        ))
          if (MUTATING.has(name)) add(name, "route");
      }
    }
    if (/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source)) {
      for (const m of source.matchAll(ACTION_EXPORT)) add((m[1] ?? m[2])!, "action");
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
