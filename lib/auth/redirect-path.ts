/** Only used to resolve a path; never contacted. `.invalid` cannot be a real host. */
const DUMMY_ORIGIN = "http://atlas.invalid";
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/**
 * Where to go after signing in: only a path on this site ("/incidents?x=1"), never another site.
 * The path is normalised first (as a browser resolves it: dot segments, encoded dots, backslashes),
 * and the result checked, because a check on the raw text misses "/..//evil.example"
 * (which normalises to the scheme-relative "//evil.example").
 */
export function safeRedirectPath(next: unknown, fallback = "/"): string {
  // Control characters never belong in a link of ours; the URL parser would silently drop some of them.
  if (typeof next !== "string" || !next.startsWith("/") || CONTROL_CHARS.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, DUMMY_ORIGIN);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === DUMMY_ORIGIN && isPlainPath(path) ? path : fallback;
}

/** A path a browser resolves on this site: one leading slash, no backslash or control character. */
function isPlainPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.includes("\\") && !CONTROL_CHARS.test(path);
}
