/**
 * CSRF check for cookie-authenticated route handlers (server actions get Next's own origin check).
 * A browser sends Origin on every cross-origin POST/PUT/PATCH/DELETE, so a request whose Origin is
 * not this site (or a configured trusted origin) is refused. A request with no Origin and no
 * Sec-Fetch-Site comes from a script, not a browser page, and cannot ride a victim's cookie.
 */
export function isSameOriginRequest(headers: Headers, trustedOrigins: string[] = []): boolean {
  const origin = headers.get("origin");
  const site = headers.get("sec-fetch-site");
  if (!origin) return site === null || site === "same-origin" || site === "none";
  if (origin === "null") return false;
  if (trustedOrigins.some((t) => safeOrigin(t) === origin)) return true;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export const MUTATING_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
export const isMutatingMethod = (method: string) => (MUTATING_METHODS as readonly string[]).includes(method.toUpperCase());
