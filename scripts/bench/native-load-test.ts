import http from "node:http";
import type { LoadResult } from "./load-test";
import { percentile } from "./stats";

/**
 * The same load as load-test.ts (`connections` keep-alive clients asking back to back for `seconds`),
 * read with Node's own HTTP parser. autocannon parses answers in JavaScript (http-parser-js): on the
 * map's 1 MB answers it holds a whole core at about 60 answers a second and its own queue becomes the
 * latency it reports. Node's parser (llhttp, native) reads them as a browser would.
 */
export async function nativeLoadTest(url: string, path: string, { connections = 50, seconds = 30 } = {}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const times: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const t = performance.now();
      const request = http.get(`${url}${path}`, { agent, timeout: 30_000 }, (response) => {
        response.resume();
        response.on("end", () => {
          times.push(performance.now() - t);
          if (response.statusCode! < 200 || response.statusCode! >= 300) non2xx++;
          resolve();
        });
        response.on("error", () => {
          errors++;
          resolve();
        });
      });
      request.on("timeout", () => request.destroy(new Error("timeout")));
      request.on("error", () => {
        errors++;
        resolve();
      });
    });
  const client = async () => {
    while (performance.now() < end) await once();
  };
  await Promise.all(Array.from({ length: connections }, client));
  agent.destroy();
  return {
    path,
    requestsPerSecond: times.length / ((performance.now() - started) / 1000),
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: Math.max(...times),
    non2xx,
    errors,
  };
}
