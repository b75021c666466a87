/**
 * Results of a read, kept per key while the data they were computed from has not changed
 * (`version`), for at most `maxEntries` keys (least recently used go first). Identical reads that
 * arrive together share one computation. Values are shared between callers: never mutate them.
 */
export function createReadCache<V>({ maxEntries }: { maxEntries: number }) {
  const entries = new Map<string, { version: string; value: Promise<V> }>();
  return {
    /** `compute` is given the key's value of an older version, if one is kept (to update rather than compute anew). */
    read(key: string, version: string, compute: (previous?: Promise<V>) => Promise<V>): Promise<V> {
      const hit = entries.get(key);
      entries.delete(key); // re-inserted last: the map's order is least recently used first
      if (hit && hit.version === version) {
        entries.set(key, hit);
        return hit.value;
      }
      const value = compute(hit?.value);
      entries.set(key, { version, value });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      // A failed read is not remembered.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    size: () => entries.size,
  };
}
