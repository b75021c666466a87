import { afterAll, vi } from "vitest";

const READ_CACHES = "incident-atlas.read-cache.";

/**
 * For a test file that replaces modules with vi.mock. The unit suite runs a worker's files one after
 * another in one module graph (isolate: false, vitest.config.mts), and a mock only reaches the modules
 * loaded after it: a module that an earlier file loaded keeps what it imported then (the real module,
 * or that file's mock: a tripwire, or a database since removed). Called before the file's imports
 * (`await vi.hoisted(...)`), this forgets the loaded modules, so that the file's own imports load anew
 * against its mocks, and forgets them again after its tests, so that later files do not get its mocks.
 *
 * The read caches (lib/read-cache) are kept on globalThis (lib/limits/process-wide.ts), past a reload
 * of their modules, and know the data's version but not which database it is: they go too, so that a
 * file's own database is not answered from another file's.
 */
export function ownModuleGraph(): void {
  forgetModules();
  afterAll(forgetModules);
}

function forgetModules(): void {
  vi.resetModules();
  const store = globalThis as unknown as Record<symbol, unknown>;
  for (const key of Object.getOwnPropertySymbols(store)) if (Symbol.keyFor(key)?.startsWith(READ_CACHES)) delete store[key];
}
