import { budgetsFor, verdict } from "./budgets";
import { FILTERS, queryFigures } from "./query-figures";
import { ms, percentile, timeRuns } from "./stats";

/** Times of one query over every filter (3 warm-up runs each), printing a line per filter. */
async function timeOverFilters(name: string, run: (f: never) => Promise<unknown>, runs: number, parse: (raw: unknown) => never): Promise<number[]> {
  const all: number[] = [];
  for (const [label, raw] of Object.entries(FILTERS)) {
    const filter = parse(raw);
    await timeRuns(3, () => run(filter));
    // This process's processor time per run (its worker threads included, a database server not):
    // on a loaded machine the wall time also counts the waits for a core.
    const cpu: number[] = [];
    const times = await timeRuns(runs, async () => {
      const start = process.cpuUsage();
      await run(filter);
      const used = process.cpuUsage(start);
      cpu.push((used.user + used.system) / 1000);
    });
    all.push(...times);
    const [p50, p95, cpuP50] = [percentile(times, 50), percentile(times, 95), percentile(cpu, 50)];
    console.log(`${name.padEnd(28)}${label.padEnd(26)}${ms(p50).padStart(10)}${ms(p95).padStart(10)}${ms(cpuP50).padStart(12)}`);
  }
  return all;
}

/**
 * p50/p95 of each query figure (query-figures.ts) over every filter, in this process, then all
 * filters together beside the budget, and the ratio to the naive read where the figure has one.
 * `only`: just the figures whose name contains it (`--only list`); `skipNaive` (`--skip-naive`): not the naive reads.
 */
export async function benchQueries(count: number, runs: number, only = "", skipNaive = false) {
  const { IncidentFilterSchema } = await import("@/lib/incidents/filter/filter");
  const { db } = await import("@/lib/db.server");
  const parse = (raw: unknown) => IncidentFilterSchema.parse(raw) as never;
  const budgets = budgetsFor(count);
  const budget = budgets.queryP95Ms;
  const figures = await queryFigures(db, count);
  console.log(`\nQueries over ${count.toLocaleString("en")} incidents, ${runs} runs per filter (after 3 warm-up runs)`);
  console.log(`${"query".padEnd(28)}${"filter".padEnd(26)}${"p50".padStart(10)}${"p95".padStart(10)}${"CPU p50".padStart(12)}`);
  const results: { name: string; times: number[]; naive?: number[]; budget: number }[] = [];
  for (const [name, figure] of Object.entries(figures).filter(([n]) => n.includes(only))) {
    const times = await timeOverFilters(name, figure.run, runs, parse);
    const naive = figure.naive && !skipNaive ? await timeOverFilters(`  naive: ${name}`, figure.naive, runs, parse) : undefined;
    results.push({ name, times, naive, budget: figure.budget ? budgets[figure.budget] : budget });
  }
  console.log(
    `\nAll filters together (budget at ${count.toLocaleString("en")}: p95 <= ${budget} ms, the overview's server work <= ${budgets.overviewServerMs} ms)`,
  );
  for (const { name, times, naive, budget } of results) {
    const p95 = percentile(times, 95);
    const ratio = naive ? `  naive p95 ${ms(percentile(naive, 95))}, ${(percentile(naive, 95) / p95).toFixed(1)}x` : "";
    console.log(`  ${name.padEnd(28)} p50 ${ms(percentile(times, 50)).padStart(9)}  p95 ${ms(p95).padStart(9)}  ${verdict(p95, budget)}${ratio}`);
  }
}
