/**
 * The origin a tile URL template loads from, as a CSP source: "https://tile.example.org", or
 * "https://*.tile.example.org" for a "{s}" subdomain template. Null when the template is same-origin
 * ("/tiles/{z}/{x}/{y}.png", covered by 'self'), missing, or not an http(s) URL.
 */
export function tileOrigin(template: string | null): string | null {
  if (!template || template.startsWith("/")) return null;
  // Leaflet fills {s} with a subdomain letter: the policy allows any subdomain in that place.
  const SUBDOMAIN = "leaflet-subdomain-placeholder";
  let url: URL;
  try {
    url = new URL(template.replace(/\{s\}/g, SUBDOMAIN).replace(/\{[^}]*\}/g, "0"));
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = url.host.replace(SUBDOMAIN, "*");
  // CSP allows a wildcard only as the whole leftmost label.
  if (host.includes("*") && !/^\*\.[^*]+$/.test(host)) return null;
  return `${url.protocol}//${host}`;
}
