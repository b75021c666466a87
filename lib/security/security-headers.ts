import { tileOrigin } from "./tile-origin";

export type SecuritySettings = {
  /** A fresh random value per request: Next.js puts it on its own scripts (read from the request's CSP). */
  nonce: string;
  /** The configured map tile URL template (lib/map/tile-config.ts); null when only the bundled basemap is drawn. */
  tileUrl: string | null;
  /** BETTER_AUTH_URL: HSTS and upgrade-insecure-requests only when the Atlas is served over https. */
  publicUrl: string | undefined;
  /** `next dev` needs eval (React's call stacks) and injects style tags without a nonce; a production build does not. */
  development: boolean;
};

/**
 * Features no page uses, switched off for the page and anything it embeds. clipboard-write stays on:
 * the admin's invite link has a Copy button.
 */
const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "usb",
  "browsing-topics",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

const isHttps = (url: string | undefined) => !!url && url.toLowerCase().startsWith("https://");

/** The Content-Security-Policy the pages satisfy (e2e/security-headers.spec.ts checks them in a browser). */
export function contentSecurityPolicy({ nonce, tileUrl, publicUrl, development }: SecuritySettings): string {
  const tiles = tileOrigin(tileUrl);
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // Next.js nonces its inline bootstrap scripts; 'strict-dynamic' trusts the chunks those load.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // No style attributes in the server's HTML: Leaflet and React on the client set styles through
    // element.style, which CSP does not restrict. With a nonce in the list browsers ignore
    // 'unsafe-inline', so development (Next's style tags without nonces) goes without the nonce.
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    // data: is Leaflet's blank tile (L.Util.emptyImageUrl), blob: exported map images.
    ["img-src", "'self'", "data:", "blob:", ...(tiles ? [tiles] : [])],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(development ? ["ws:", "wss:"] : [])],
    // The map's clustering worker (components/map/point-index.worker.ts) is a file of this origin.
    ["worker-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(isHttps(publicUrl) ? ([["upgrade-insecure-requests"]] as [string][]) : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Every security header, for pages, API answers and static files alike (set by proxy.ts). */
export function securityHeaders(settings: SecuritySettings): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(settings),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    ...(isHttps(settings.publicUrl) ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}
