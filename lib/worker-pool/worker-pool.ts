import type { Worker } from "node:worker_threads";

/** How a job ended; expected failures are values. `busy`: the queue was full, nothing was run. */
export type PoolOutcome<O> = { status: "done"; value: O } | { status: "busy" } | { status: "timeout" } | { status: "failed"; message: string };

/** What a pool's worker posts back for each input it is sent (see lib/extract/worker/extract.worker.ts). */
export type WorkerReply<O> = { ok: true; value: O } | { ok: false; message: string };

export type WorkerPoolOptions = {
  /** Workers at most, each running one job at a time. */
  size: number;
  /** Starts a worker; called lazily, and again to replace one that was stopped or crashed. */
  spawn: () => Worker;
  /** A job running longer is stopped: its worker is terminated and replaced. */
  timeLimitMs: number;
  /** Jobs that may wait for a free worker; more are refused at once with `busy`. */
  maxQueue: number;
};

type Job<I, O> = { input: I; resolve: (outcome: PoolOutcome<O>) => void };
type Slot<I, O> = { worker: Worker | null; job: Job<I, O> | null; timer: NodeJS.Timeout | null };

/**
 * CPU-bound jobs on worker threads, so the event loop that serves every request stays free. Jobs
 * wait in a bounded queue; one that overruns its time limit has its worker terminated (the only
 * way to stop synchronous code) and a fresh worker takes the next job.
 */
export function createWorkerPool<I, O>({ size, spawn, timeLimitMs, maxQueue }: WorkerPoolOptions) {
  const slots: Slot<I, O>[] = Array.from({ length: size }, () => ({ worker: null, job: null, timer: null }));
  const queue: Job<I, O>[] = [];

  function finish(slot: Slot<I, O>, outcome: PoolOutcome<O>) {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    job?.resolve(outcome);
    dispatch();
  }

  function retire(slot: Slot<I, O>) {
    const worker = slot.worker;
    slot.worker = null;
    if (worker) {
      worker.removeAllListeners();
      worker.on("error", () => {}); // a dying worker may still report; nobody is waiting for it
      void worker.terminate();
    }
  }

  function start(slot: Slot<I, O>): Worker {
    const worker = spawn();
    worker.unref();
    worker.on("message", (reply: WorkerReply<O>) =>
      finish(slot, reply.ok ? { status: "done", value: reply.value } : { status: "failed", message: reply.message }),
    );
    worker.on("error", (error) => {
      retire(slot);
      finish(slot, { status: "failed", message: error.message });
    });
    worker.on("exit", (code) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      finish(slot, { status: "failed", message: `The worker stopped (exit code ${code}).` });
    });
    slot.worker = worker;
    return worker;
  }

  function dispatch() {
    for (const slot of slots) {
      if (slot.job || queue.length === 0) continue;
      const job = queue.shift()!;
      slot.job = job;
      const worker = slot.worker ?? start(slot);
      slot.timer = setTimeout(() => {
        retire(slot);
        finish(slot, { status: "timeout" });
      }, timeLimitMs);
      worker.postMessage(job.input);
    }
  }

  return {
    run(input: I): Promise<PoolOutcome<O>> {
      const running = slots.filter((s) => s.job).length;
      if (running === slots.length && queue.length >= maxQueue) return Promise.resolve({ status: "busy" });
      return new Promise((resolve) => {
        queue.push({ input, resolve });
        dispatch();
      });
    },
    /** Jobs running and waiting, for tests and benches. */
    load: () => ({ running: slots.filter((s) => s.job).length, waiting: queue.length }),
    /** Stops every worker; jobs still running or waiting end as failed. */
    async close() {
      for (const job of queue.splice(0)) job.resolve({ status: "failed", message: "The pool was closed." });
      for (const slot of slots) {
        retire(slot);
        finish(slot, { status: "failed", message: "The pool was closed." });
      }
    },
  };
}
