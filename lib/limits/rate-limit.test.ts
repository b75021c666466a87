import { describe, expect, it } from "vitest";
import { createRateLimit } from "./rate-limit";

describe("rate limit (a fixed window per key)", () => {
  it("allows max requests in a window, then refuses with the seconds until the window ends", () => {
    const limit = createRateLimit({ max: 3, windowMs: 60_000 });
    expect([0, 1_000, 2_000].map((t) => limit.take("ana", t).ok)).toEqual([true, true, true]);
    expect(limit.take("ana", 2_000)).toEqual({ ok: false, retryAfterSeconds: 58 });
    expect(limit.take("ana", 59_500)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limit.take("ana", 60_000)).toEqual({ ok: true });
  });

  it("counts each key apart", () => {
    const limit = createRateLimit({ max: 1, windowMs: 60_000 });
    expect(limit.take("ana", 0).ok).toBe(true);
    expect(limit.take("ana", 0).ok).toBe(false);
    expect(limit.take("bilal", 0).ok).toBe(true);
  });

  it("does not count refused requests towards the next window", () => {
    const limit = createRateLimit({ max: 1, windowMs: 1_000 });
    limit.take("ana", 0);
    for (let t = 100; t < 1_000; t += 100) limit.take("ana", t);
    expect(limit.take("ana", 1_000).ok).toBe(true);
  });

  it("forgets the least recently used key beyond maxKeys, so fresh keys cannot grow it without bound", () => {
    const limit = createRateLimit({ max: 1, windowMs: 60_000, maxKeys: 2 });
    limit.take("a", 0);
    limit.take("b", 0);
    limit.take("a", 0); // refused, and now the most recent
    limit.take("c", 0); // "b" is forgotten
    expect(limit.take("a", 0).ok).toBe(false);
    expect(limit.take("b", 0).ok).toBe(true);
  });
});
