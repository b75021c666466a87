/**
 * Whether a URL path has a percent-escape that decodes to no text ("/incidents/%FF", "%ED%A0%80").
 * Next.js fails to decode such a path into route params and answers 500; proxy.ts answers 400 first.
 */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
