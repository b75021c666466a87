import autocannon from "autocannon";

export type LoadResult = { path: string; requestsPerSecond: number; p50: number; p99: number; max: number; non2xx: number; errors: number };

/** `connections` clients asking for `path` back to back for `seconds` (autocannon), with what they waited. */
export async function loadTest(url: string, path: string, { connections = 50, seconds = 30 } = {}): Promise<LoadResult> {
  const result = await autocannon({ url: `${url}${path}`, connections, duration: seconds, timeout: 30 });
  return {
    path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
