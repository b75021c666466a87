import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Server-only modules are plain modules under test.
      "server-only": path.resolve(import.meta.dirname, "tests/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/fail-on-console-error.ts"],
    // Vitest's default is one file per core but one: a single file at a time on CI's 2 cores, while
    // most files wait on a database, a worker thread or a child process. One more than the cores
    // keeps the CPU busy (npm test: 141 s -> 105 s on 2 cores).
    maxWorkers: availableParallelism() + 1,
    // A worker runs its files one after another in one module graph instead of importing every
    // module anew for each file (on 2 cores, imports were most of the run). A file that mocks a module
    // loads its own modules anew and forgets them after it (tests/own-module-graph.ts), so that no file
    // depends on which ran before it.
    isolate: false,
  },
});
