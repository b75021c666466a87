/** A refused request and how long until trying again makes sense. */
export type LimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export type RateLimitOptions = {
  /** Requests a key may make in one window. */
  max: number;
  windowMs: number;
  /** Keys remembered at most: a flood of fresh keys forgets the oldest instead of growing memory. */
  maxKeys?: number;
};

type Window = { startedAt: number; count: number };

/**
 * At most `max` requests per key (a user id) in a window that starts with the key's first request,
 * in this process's memory. A fixed window, so the answer is plain: "10 in a minute, then wait
 * until the minute is over". The clock is passed in.
 */
export function createRateLimit({ max, windowMs, maxKeys = 10_000 }: RateLimitOptions) {
  const windows = new Map<string, Window>();
  return {
    take(key: string, now = Date.now()): LimitVerdict {
      let window = windows.get(key);
      windows.delete(key); // re-inserted last, so the map's order is least recently used first
      if (!window || now - window.startedAt >= windowMs) window = { startedAt: now, count: 0 };
      windows.set(key, window);
      if (windows.size > maxKeys) windows.delete(windows.keys().next().value!);
      if (window.count >= max) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000)) };
      window.count++;
      return { ok: true };
    },
  };
}
