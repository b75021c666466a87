/**
 * First come, first served: at most `concurrency` requests are handled at once, the others wait in
 * arrival order (docs/decisions/009-heavy-requests-off-the-event-loop.md, "Taking requests in turn").
 *
 * Why: Node accepts one new connection per turn of its event loop (libuv 1.45 and later), and every
 * request in progress lengthens that turn. Fifty requests rendered at once made each turn hundreds
 * of milliseconds long, so the last connections of a burst waited seconds just to be accepted, and
 * the renders, interleaved, all finished late. Handled two at a time, each takes a few milliseconds
 * of a short turn and the rest wait their turn in order.
 *
 * A request that is still running after `releaseAfterMs` (an export streaming, an import waiting for
 * its worker) gives its place to the next one and goes on beside them: a place is for short work.
 */
export type AdmissionLimits = {
  /** Requests handled at once. */
  concurrency: number;
  /** A request still running after this long no longer holds a place. */
  releaseAfterMs: number;
  /** Requests that may wait; one more is refused (the caller answers 503). */
  maxWaiting: number;
};

/** What the admission needs of a request: to know when it has ended, and whether its client left. */
export type AdmissionTicket = {
  /** Calls `ended` once the answer is complete or the connection closed (it may call it more than once). */
  onEnd(ended: () => void): void;
  /** True when the client has gone while the request waited: it is then dropped, not handled. */
  abandoned(): boolean;
  /** Starts handling the request. */
  start(): void;
};

export type RequestAdmission = {
  /** Starts the request now or when a place frees up; false when too many already wait. */
  admit(ticket: AdmissionTicket): boolean;
  running(): number;
  waiting(): number;
};

export function createRequestAdmission(limits: AdmissionLimits): RequestAdmission {
  const queue: AdmissionTicket[] = [];
  let head = 0;
  let running = 0;

  const waiting = () => queue.length - head;

  const next = () => {
    while (running < limits.concurrency && waiting() > 0) {
      const ticket = queue[head++]!;
      if (head > 1024 && head * 2 > queue.length) {
        queue.splice(0, head);
        head = 0;
      }
      if (!ticket.abandoned()) begin(ticket);
    }
  };

  const begin = (ticket: AdmissionTicket) => {
    running++;
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      clearTimeout(timer);
      running--;
      next();
    };
    const timer = setTimeout(release, limits.releaseAfterMs);
    timer.unref?.();
    ticket.onEnd(release);
    try {
      ticket.start();
    } catch (error) {
      release();
      throw error;
    }
  };

  return {
    admit(ticket) {
      if (running < limits.concurrency && waiting() === 0) {
        begin(ticket);
        return true;
      }
      if (waiting() >= limits.maxWaiting) return false;
      queue.push(ticket);
      return true;
    },
    running: () => running,
    waiting,
  };
}
