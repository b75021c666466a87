import "server-only";
import { db } from "@/lib/db.server";
import { dialectOf } from "@/lib/database/sql-dialect";
import { processWide } from "@/lib/limits/process-wide";
import { writeTurns } from "@/lib/write-turns/write-turns";
import { createReadCache } from "./read-cache";

/**
 * What the data's version is now: the writes of this process (each ends a write turn) and SQLite's
 * data_version, which changes when another connection commits (an import's, another process's).
 */
async function dataVersion(): Promise<string> {
  const [row] = await db.$queryRaw<{ version: bigint | number | string }[]>(dialectOf(db).dataVersion);
  return `${writeTurns().ended()}:${row?.version}`;
}

/**
 * `read`, with its results kept per arguments until the data changes (docs/decisions/009). Under
 * load every visitor of the overview asks the same few questions; they are answered once per change
 * of the data instead of once per request, and concurrent identical reads share one query.
 */
export function cachedByVersion<A extends unknown[], V>(name: string, maxEntries: number, read: (...args: A) => Promise<V>): (...args: A) => Promise<V> {
  const cache = processWide(`read-cache.${name}`, () => createReadCache<V>({ maxEntries }));
  return async (...args) => cache.read(JSON.stringify(args), await dataVersion(), () => read(...args));
}

/**
 * cachedByVersion, for a value that can be brought up to date more cheaply than computed anew: `read`
 * is also given the value kept for the same arguments at an older version, if any (undefined if
 * none, or if that read failed).
 */
export function updatedByVersion<A extends unknown[], V>(
  name: string,
  maxEntries: number,
  read: (previous: V | undefined, ...args: A) => Promise<V>,
): (...args: A) => Promise<V> {
  const cache = processWide(`read-cache.${name}`, () => createReadCache<V>({ maxEntries }));
  return async (...args) => cache.read(JSON.stringify(args), await dataVersion(), async (previous) => read(await previous?.catch(() => undefined), ...args));
}
