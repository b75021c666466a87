/**
 * The bounds that keep one client or one heavy request from stalling the server for everyone
 * (docs/decisions/009-heavy-requests-off-the-event-loop.md). All are per server process.
 */
export const LOAD_LIMITS = {
  /** Exports one client (user, or address) may stream at once: a 100,000-incident export takes half a minute. */
  exportsPerClient: 2,
  /** Bulletin PDFs one client may have made at once (app/bulletin.pdf, decision 022). */
  bulletinPdfsPerClient: 2,
  /** Article extractions one user may ask for in a minute. */
  extractsPerMinute: 10,
  /** One extraction is stopped after this long: ordinary articles take well under a second. */
  extractTimeLimitMs: 10_000,
  /** Extractions waiting for a worker beyond the ones running: more are refused with 503. */
  extractQueue: 8,
  /** Import jobs (a file's preview or its confirmation) one user may run at once, each on its own worker thread. */
  importsPerUser: 2,
  /** Import jobs this server runs at once: each holds a worker thread and the file in memory. */
  importsAtOnce: 4,
  /**
   * Requests the server handles at once (scripts/serve.ts); the others wait their turn in arrival
   * order. Two keep the processor busy while one waits on a worker or the disk; more only interleave
   * (50 at once served a third fewer pages a second, with seconds of extra wait for the last).
   */
  requestsAtOnce: 2,
  /** A request still running after this long (an export, an import) gives its turn to the next. */
  requestPlaceMs: 500,
  /** Requests that may wait for their turn; more get 503 with Retry-After (about 6 s of work). */
  requestsWaiting: 256,
  /** The server collects its garbage once it has had no request for this long after work (lib/server/idle-collector.ts). */
  collectAfterQuietMs: 3_000,
} as const;
