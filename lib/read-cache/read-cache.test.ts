import { describe, expect, it } from "vitest";
import { createReadCache } from "./read-cache";

describe("read cache", () => {
  it("computes once per key and version, and again when the version changes", async () => {
    const cache = createReadCache<number>({ maxEntries: 10 });
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.read("overview", "v1", compute)).toBe(1);
    expect(await cache.read("overview", "v1", compute)).toBe(1);
    expect(await cache.read("overview", "v2", compute)).toBe(2);
    expect(await cache.read("list", "v2", compute)).toBe(3);
  });

  it("lets reads that arrive together share one computation", async () => {
    const cache = createReadCache<string>({ maxEntries: 10 });
    let computed = 0;
    const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve(`result ${++computed}`), 20));
    expect(await Promise.all([1, 2, 3].map(() => cache.read("map", "v1", slow)))).toEqual(["result 1", "result 1", "result 1"]);
  });

  it("keeps at most maxEntries, forgetting the least recently used", async () => {
    const cache = createReadCache<string>({ maxEntries: 2 });
    const value = (v: string) => async () => v;
    await cache.read("a", "v", value("a1"));
    await cache.read("b", "v", value("b1"));
    await cache.read("a", "v", value("a2"));
    await cache.read("c", "v", value("c1"));
    expect(cache.size()).toBe(2);
    expect(await cache.read("a", "v", value("a3"))).toBe("a1");
    expect(await cache.read("b", "v", value("b2"))).toBe("b2");
  });

  it("hands the computation the value of the older version, to bring it up to date", async () => {
    const cache = createReadCache<string>({ maxEntries: 2 });
    const seen: (string | undefined)[] = [];
    const next = (value: string) => async (previous?: Promise<string>) => (seen.push(await previous), value);
    await cache.read("map", "v1", next("first"));
    await cache.read("map", "v2", next("second"));
    await cache.read("list", "v2", next("other key"));
    expect(seen).toEqual([undefined, "first", undefined]);
  });

  it("does not remember a failed read", async () => {
    const cache = createReadCache<string>({ maxEntries: 2 });
    await expect(cache.read("a", "v", () => Promise.reject(new Error("database busy")))).rejects.toThrow("database busy");
    expect(await cache.read("a", "v", async () => "ok")).toBe("ok");
  });
});
