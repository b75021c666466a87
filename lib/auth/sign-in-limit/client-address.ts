/** The one bucket for every request whose address cannot be trusted. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The client's address for the sign-in limits, given how many reverse proxies in front of Atlas
 * append to X-Forwarded-For (ATLAS_TRUSTED_PROXY).
 *
 * - 0 (the default): no header is trusted, and every request counts as the one "unknown" address.
 *   Next.js does not give route code the socket address; it only fills X-Forwarded-For with it when
 *   the client sent none, so a client could otherwise choose a fresh address for every guess.
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
