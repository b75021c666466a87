import { processWide } from "@/lib/limits/process-wide";

type Release = () => void;

/**
 * Turn-taking for writes to the SQLite file inside this process. SQLite lets one connection write at
 * a time and better-sqlite3 waits for a lock by sleeping the whole thread: a form save during an
 * import slept through its busy timeout while the import, on the same thread, could not go on, then
 * failed ("Operation has timed out"). So writes take turns here, asynchronously: any number of
 * ordinary writes (short transactions of the app's connection), or one bulk write (an import's
 * transaction) alone. A waiting bulk write goes before writes that arrive after it.
 */
export function createWriteTurns() {
  let writers = 0;
  let bulk = false;
  /** Turns ended so far: each may have changed the data (read caches compare it, lib/read-cache). */
  let ended = 0;
  const waitingWrites: (() => void)[] = [];
  const waitingBulk: (() => void)[] = [];

  function wake() {
    if (bulk) return;
    if (waitingBulk.length) {
      if (writers === 0) {
        bulk = true;
        waitingBulk.shift()!();
      }
      return;
    }
    while (waitingWrites.length) {
      writers++;
      waitingWrites.shift()!();
    }
  }

  const once = (release: () => void): Release => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      ended++;
      release();
      wake();
    };
  };

  return {
    /** Waits for a turn for an ordinary write; call the release when its transaction ends. */
    async write(): Promise<Release> {
      if (bulk || waitingBulk.length) await new Promise<void>((resolve) => waitingWrites.push(resolve));
      else writers++;
      return once(() => writers--);
    },
    /** Waits until no write runs, then holds every other write back until released. */
    async bulk(): Promise<Release> {
      if (bulk || writers > 0 || waitingBulk.length) await new Promise<void>((resolve) => waitingBulk.push(resolve));
      else bulk = true;
      return once(() => (bulk = false));
    },
    state: () => ({ writers, bulk, waiting: waitingWrites.length + waitingBulk.length }),
    ended: () => ended,
  };
}

/** The turns of this server process (and of a script's process). */
export const writeTurns = () => processWide("write-turns", createWriteTurns);
