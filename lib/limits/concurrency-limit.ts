/**
 * At most `perKey` running at once for each key (a user id, a client address), in this process's
 * memory. `enter` hands back a release function, or null when the key is at its limit; release is
 * idempotent, so every way a stream can end may call it.
 */
export function createConcurrencyLimit({ perKey }: { perKey: number }) {
  const running = new Map<string, number>();
  return {
    enter(key: string): (() => void) | null {
      const count = running.get(key) ?? 0;
      if (count >= perKey) return null;
      running.set(key, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (running.get(key) ?? 1) - 1;
        if (left > 0) running.set(key, left);
        else running.delete(key);
      };
    },
    running: (key: string) => running.get(key) ?? 0,
  };
}
