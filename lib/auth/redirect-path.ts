/**
 * Where to go after signing in: only a path on this site ("/incidents?x=1"), never another site
 * ("//evil.example", "https://...", "/\\evil"), so a crafted link cannot bounce users elsewhere.
 */
export function safeRedirectPath(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(next)) return fallback;
  try {
    const url = new URL(next, "http://atlas.invalid");
    return url.origin === "http://atlas.invalid" ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
