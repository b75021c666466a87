/**
 * One instance per server process. Next's bundler may load a module once for route handlers and
 * again for pages and server actions, each with its own module state; a limit, a pool or a lock
 * that must hold for the whole server lives on globalThis instead.
 */
export function processWide<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`incident-atlas.${name}`);
  return (store[key] ??= create());
}
