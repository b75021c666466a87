import { afterEach, describe, expect, it, vi } from "vitest";
import { createIdleCollector } from "./idle-collector";

describe("idle collector", () => {
  afterEach(() => vi.useRealTimers());

  it("collects once after work, when the server has been quiet for quietMs, and not while it is busy", () => {
    vi.useFakeTimers();
    const collect = vi.fn();
    const collector = createIdleCollector({ quietMs: 2000, collect });
    vi.advanceTimersByTime(10_000);
    expect(collect).not.toHaveBeenCalled(); // no work since start: nothing to collect

    for (let t = 0; t < 10; t++) {
      collector.activity();
      vi.advanceTimersByTime(1000);
    }
    expect(collect).not.toHaveBeenCalled(); // busy: a request every second

    vi.advanceTimersByTime(2000);
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(collect).toHaveBeenCalledTimes(1); // once per quiet spell
    collector.stop();
  });
});
