export const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

const ROUNDS = 5;

/** Mean milliseconds per article over a few rounds, after one warm-up run that builds the gazetteer index. */
export function timePerArticle<T>(items: readonly T[], run: (item: T) => unknown): number {
  if (!items.length) return 0;
  run(items[0]!);
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i++) items.forEach(run);
  return (performance.now() - started) / (ROUNDS * items.length);
}
