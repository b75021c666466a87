import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { createWorkerPool } from "./worker-pool";

/**
 * A real worker thread that answers each number sent to it: n >= 0 is doubled after spinning the
 * CPU for n milliseconds; -1 throws inside the handler (a failed reply); -2 exits the thread.
 */
const WORKER = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (n) => {
  if (n === -2) process.exit(3);
  try {
    if (n === -1) throw new Error("no such article");
    const until = Date.now() + n;
    while (Date.now() < until);
    parentPort.postMessage({ ok: true, value: n * 2 });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: error.message });
  }
});`;

const pools: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});

function pool(options: Partial<{ size: number; timeLimitMs: number; maxQueue: number }> = {}) {
  let spawned = 0;
  const p = createWorkerPool<number, number>({
    size: 1,
    timeLimitMs: 5_000,
    maxQueue: 10,
    ...options,
    spawn: () => {
      spawned++;
      return new Worker(WORKER, { eval: true });
    },
  });
  pools.push(p);
  return Object.assign(p, { spawned: () => spawned });
}

describe("worker pool", () => {
  it("runs jobs on a worker thread and answers each with its own result", async () => {
    const p = pool({ size: 2 });
    expect(await Promise.all([1, 2, 3, 4].map((n) => p.run(n)))).toEqual([2, 4, 6, 8].map((value) => ({ status: "done", value })));
    expect(p.spawned()).toBe(2);
  });

  it("keeps the calling thread free while a job spins its worker's CPU", async () => {
    const p = pool();
    const job = p.run(300);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    await job;
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(5);
  });

  it("stops a job that overruns its time limit, and a fresh worker takes the next", async () => {
    const p = pool({ timeLimitMs: 1_500 });
    expect(await p.run(60_000)).toEqual({ status: "timeout" });
    expect(await p.run(1)).toEqual({ status: "done", value: 2 });
    expect(p.spawned()).toBe(2);
  });

  it("refuses with busy once the queue is full, without running anything", async () => {
    const p = pool({ maxQueue: 1 });
    const running = p.run(300);
    const waiting = p.run(1);
    expect(await p.run(1)).toEqual({ status: "busy" });
    expect(p.load()).toEqual({ running: 1, waiting: 1 });
    expect(await Promise.all([running, waiting])).toEqual([
      { status: "done", value: 600 },
      { status: "done", value: 2 },
    ]);
  });

  it("reports a job that throws as failed, and one whose worker dies as failed, then carries on", async () => {
    const p = pool();
    expect(await p.run(-1)).toEqual({ status: "failed", message: "no such article" });
    expect(await p.run(-2)).toEqual({ status: "failed", message: "The worker stopped (exit code 3)." });
    expect(await p.run(5)).toEqual({ status: "done", value: 10 });
    expect(p.spawned()).toBe(2);
  });
});
