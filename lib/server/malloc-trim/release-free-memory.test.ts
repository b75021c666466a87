import { readFileSync } from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { ADDON_PATH, loadReleaseFreeMemory } from "./release-free-memory";

const glibc = Boolean((process.report.getReport() as { header: { glibcVersionRuntime?: string } }).header.glibcVersionRuntime);
const residentMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))![1]) / 1024;

describe("releasing freed memory to the system", () => {
  it("is absent, not an error, when the addon was not built", () => {
    expect(loadReleaseFreeMemory("/nonexistent/malloc_trim.node")).toBeNull();
  });

  // npm ci builds the addon; on Linux with glibc (the CI machine, the servers) it must be there and work.
  it.runIf(glibc)("gives back memory that was freed but kept by the allocator", async () => {
    const release = loadReleaseFreeMemory();
    expect(release, `${ADDON_PATH} missing: run npm ci (scripts/build-malloc-trim.sh)`).not.toBeNull();
    // 24,000 blocks of 8 KB from malloc (Buffer.allocUnsafeSlow), then all freed but every 32nd,
    // so the free space lies between live blocks and glibc cannot give it back by shrinking its heap.
    let blocks: (Buffer | null)[] = Array.from({ length: 24_000 }, () => Buffer.allocUnsafeSlow(8192).fill(1));
    const pinned = blocks.filter((_, i) => i % 32 === 0);
    blocks = [];
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    // V8 frees the blocks' memory on a background thread after the collection: wait until it has.
    for (let i = 0; i < 100 && process.memoryUsage().arrayBuffers > 50e6; i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const before = residentMb();
    release!();
    const after = residentMb();
    expect(pinned.length).toBe(750);
    expect(before - after).toBeGreaterThan(100);
  });
});
