/** Paths anyone may open even when reading needs an account: signing in, first setup, invitation links, assets. */
const ALWAYS_OPEN = [
  /^\/login(\/|$)/,
  /^\/setup(\/|$)/,
  /^\/invite\/[^/]+$/,
  /^\/api\/auth(\/|$)/,
  /^\/_next\//,
  /^\/favicon\.ico$/,
  /^\/[^/]+\.(png|svg|ico)$/,
];

export type ReadAccess = "allow" | "login" | "unauthorized";

/**
 * Whether a request may read, given ATLAS_PUBLIC_READ. With public reading on (the default) everyone
 * may; with it off, anonymous page requests go to /login and anonymous API requests get a 401. The API
 * description follows the same rule (the reference page signs in, /api/openapi.json answers 401): a
 * private Atlas shows nothing but its sign-in page to strangers.
 * Writing is decided per action and route handler, not here.
 */
export function readAccess({ publicRead, pathname, signedIn }: { publicRead: boolean; pathname: string; signedIn: boolean }): ReadAccess {
  if (publicRead || signedIn || ALWAYS_OPEN.some((p) => p.test(pathname))) return "allow";
  // /api/docs is a page for people: it sends them to sign in like any other page.
  const api = (pathname === "/api" || pathname.startsWith("/api/")) && !/^\/api\/docs\/?$/.test(pathname);
  return api ? "unauthorized" : "login";
}

/** Whether readAccess needs to know if the request is signed in (saves a session lookup). */
export const needsSignInCheck = (publicRead: boolean, pathname: string) => readAccess({ publicRead, pathname, signedIn: false }) !== "allow";
