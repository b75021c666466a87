/**
 * Sign-in rate limits: per account (the e-mail typed, whether or not it exists, so the limit does not
 * reveal which accounts exist) and per client address. Pure: the attempts come from LoginAttempt.
 */
export const LOGIN_LIMITS = {
  windowMs: 15 * 60_000,
  /** Failed attempts on one account, since its last success, within the window. */
  perAccount: 5,
  /** Failed attempts from one address, within the window. */
  perAddress: 20,
};
export type LoginLimits = typeof LOGIN_LIMITS;

export type LoginAttemptRecord = { at: Date; success: boolean };
export type LoginVerdict = { blocked: false } | { blocked: true; retryAfterSeconds: number };

/** When the block on these attempts lifts, or null when `limit` failures have not been reached. */
function blockedUntil(failures: Date[], limit: number, windowMs: number): number | null {
  if (failures.length < limit) return null;
  const sorted = failures.map((d) => d.getTime()).sort((a, b) => a - b);
  // The block lifts once enough failures age out that fewer than `limit` remain in the window.
  return sorted[sorted.length - limit]! + windowMs;
}

function recentFailures(attempts: LoginAttemptRecord[], now: Date, windowMs: number, resetOnSuccess: boolean): Date[] {
  const since = now.getTime() - windowMs;
  const inWindow = attempts.filter((a) => a.at.getTime() > since && a.at.getTime() <= now.getTime());
  const lastSuccess = resetOnSuccess ? Math.max(-Infinity, ...inWindow.filter((a) => a.success).map((a) => a.at.getTime())) : -Infinity;
  return inWindow.filter((a) => !a.success && a.at.getTime() > lastSuccess).map((a) => a.at);
}

/** Whether a new sign-in attempt may go ahead, given the recent attempts on the account and from the address. */
export function checkLoginLimit(
  attempts: { byAccount: LoginAttemptRecord[]; byAddress: LoginAttemptRecord[] },
  now: Date,
  limits: LoginLimits = LOGIN_LIMITS,
): LoginVerdict {
  const until = [
    blockedUntil(recentFailures(attempts.byAccount, now, limits.windowMs, true), limits.perAccount, limits.windowMs),
    blockedUntil(recentFailures(attempts.byAddress, now, limits.windowMs, false), limits.perAddress, limits.windowMs),
  ].filter((t): t is number => t !== null);
  if (until.length === 0) return { blocked: false };
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil((Math.max(...until) - now.getTime()) / 1000)) };
}

/** One message for both limits, so it does not tell an attacker which one was hit. */
export function loginLimitMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** The one bucket for every request whose address cannot be trusted. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The client's address for the per-address limit, given how many reverse proxies in front of Atlas
 * append to X-Forwarded-For (ATLAS_TRUSTED_PROXY).
 *
 * - 0 (the default): no header is trusted, and every request shares one "unknown" bucket. Next.js does
 *   not give route code the socket address; it only fills X-Forwarded-For with it when the client sent
 *   none, so a client could otherwise choose a fresh address for every guess. The per-address limit
 *   then counts failures site-wide; the per-account limit is unchanged.
 * - n: each trusted proxy appends the address it received the request from, so the n-th entry from the
 *   right was written by the outermost trusted proxy and is the client; entries left of it are the
 *   client's own claims and are ignored. Fewer than n entries means the request did not come through
 *   the proxies (or they are set up differently): "unknown".
 *
 * X-Real-IP is not read: a proxy that only sets X-Real-IP leaves a client's X-Forwarded-For in place.
 */
export function clientAddress(headers: Headers, trustedProxies: number): string {
  if (trustedProxies < 1) return UNKNOWN_ADDRESS;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const client = hops[hops.length - trustedProxies];
  return client && hops.length >= trustedProxies ? client.toLowerCase() : UNKNOWN_ADDRESS;
}
