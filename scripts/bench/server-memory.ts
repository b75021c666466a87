import { readdirSync, readFileSync } from "node:fs";

/** The resident memory (MB) of the largest process under `pid`: the Next.js server that npx started. */
export function serverRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the name in field 2 may hold spaces, so split after ")".
      const parent = Number(readFileSync(`/proc/${name}/stat`, "utf8").split(")").pop()!.trim().split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // the process ended while being read
    }
  }
  let largest = 0;
  const visit = (p: number) => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
      largest = Math.max(largest, kb);
    } catch {
      // ended
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return Math.round(largest / 1024);
}
