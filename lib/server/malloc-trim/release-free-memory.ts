import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Where `npm ci` builds the addon (scripts/build-malloc-trim.sh). */
export const ADDON_PATH = path.join(import.meta.dirname, "build", "Release", "malloc_trim.node");

/**
 * Gives the memory glibc's allocator holds free back to the system (malloc_trim), or null when the
 * addon was not built (no compiler at install, or a platform without glibc): the server then runs
 * as before and keeps that memory until it is reused.
 */
export function loadReleaseFreeMemory(addonPath = ADDON_PATH): (() => boolean) | null {
  if (!existsSync(addonPath)) return null;
  const addon = createRequire(import.meta.url)(addonPath) as { trim: () => boolean };
  return () => addon.trim();
}
