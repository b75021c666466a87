import { percentile } from "./stats";

export type ProbeResult = { count: number; p50: number; p99: number; max: number; failed: number };

/**
 * Asks for `path` again and again (one at a time, a short pause between) until `until` settles, and
 * summarises how long each answer took: what any visitor would wait while heavy work runs.
 */
export async function probeWhile(url: string, path: string, until: Promise<unknown>): Promise<ProbeResult> {
  let done = false;
  const stop = () => (done = true);
  until.then(stop, stop);
  const times: number[] = [];
  let failed = 0;
  while (!done) {
    const started = performance.now();
    try {
      const response = await fetch(`${url}${path}`);
      await response.arrayBuffer();
      if (!response.ok) failed++;
    } catch {
      failed++;
    }
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { count: times.length, p50: percentile(times, 50), p99: percentile(times, 99), max: Math.max(...times), failed };
}
