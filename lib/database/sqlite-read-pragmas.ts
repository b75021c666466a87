import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

/**
 * The app connection's page cache, in KiB (a negative cache_size is KiB, not pages). SQLite's default
 * is 2 MB, under which a text search or an actor's incidents at a million rows read most of their
 * pages from the operating system again on every query (decision 028, amendment of 2026-12-06): the
 * trigram candidates' rows, the sources', an actor's incidents. At a million, 64 MB was too small
 * for an actor's bulletin (slower than 2 MB: pages evicted before their reuse), 128 MB held it; 256
 * MB gained little more. The pages are only taken when read, well inside the server's 1 GB RSS budget.
 */
export const APP_CACHE_KIB = 131_072;

/** The statements run on the app's SQLite connection when it opens. */
export const APP_PRAGMAS = `PRAGMA cache_size = -${APP_CACHE_KIB};`;

/** `factory` whose connections run APP_PRAGMAS once opened, before any query. */
export function withReadPragmas(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  return new Proxy(factory, {
    get(target, prop) {
      if (prop === "connect")
        return async () => {
          const adapter = await target.connect();
          await adapter.executeScript(APP_PRAGMAS);
          return adapter;
        };
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
