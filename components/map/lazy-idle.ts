/**
 * Runs `load` once the browser is idle (or after a second at most), so the basemap's extra detail
 * never delays the overview's first drawn map (npm run bench). Returns a cancel function.
 */
export function whenIdle(load: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(load, { timeout: 1000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(load, 200);
  return () => window.clearTimeout(id);
}
