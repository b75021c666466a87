/** Which modules each module imports, by repository-relative path. */
export type ImportGraph = Map<string, string[]>;

/** Groups of modules that import each other, directly or through others (Tarjan's strongly connected components). */
export function findCycles(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** The two sibling folders an import crosses (the first folders where the two paths part), or null within one folder. */
function crossedFolders(from: string, to: string): [string, string] | null {
  const a = from.split("/");
  const b = to.split("/");
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i >= a.length - 1 || i >= b.length - 1) return null;
  return [a.slice(0, i + 1).join("/"), b.slice(0, i + 1).join("/")];
}

/**
 * Pairs of sibling folders whose modules import each other both ways (tests left out), each with
 * the imports that make it, so a folder can be read (and moved) with only what it depends on.
 */
export function findTwoWayFolders(graph: ImportGraph, isTest: (path: string) => boolean): { folders: [string, string]; imports: string[] }[] {
  const crossings = new Map<string, string[]>();
  for (const [from, targets] of graph) {
    if (isTest(from)) continue;
    for (const to of targets) {
      const pair = crossedFolders(from, to);
      if (!pair) continue;
      const key = pair.join(" -> ");
      crossings.set(key, [...(crossings.get(key) ?? []), `${from} -> ${to}`]);
    }
  }
  const result: { folders: [string, string]; imports: string[] }[] = [];
  for (const [key, imports] of crossings) {
    const [a, b] = key.split(" -> ") as [string, string];
    const back = crossings.get(`${b} -> ${a}`);
    if (a < b && back) result.push({ folders: [a, b], imports: [...imports, ...back] });
  }
  return result;
}
