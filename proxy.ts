import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env.server";
import { readAccess, needsSignInCheck } from "@/lib/auth/read-access";
import { bearerToken } from "@/lib/auth/api-token";
import { userForApiToken } from "@/lib/auth/api-tokens.server";
import { userFromSessionHeaders } from "@/lib/auth/current-user.server";
import { apiError } from "@/lib/api/responses";
import { securityHeaders } from "@/lib/security/security-headers";
import { tileConfig } from "@/lib/map/tile-config";
import { isMalformedPath } from "@/lib/api/malformed-path";

/**
 * Every answer (pages, the API, static files) gets the security headers, with a fresh CSP nonce that
 * Next.js reads from the request's Content-Security-Policy and puts on its scripts.
 */
export async function proxy(request: NextRequest) {
  const headers = securityHeaders({
    nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64"),
    tileUrl: tileConfig().url,
    publicUrl: env.BETTER_AUTH_URL,
    development: env.NODE_ENV === "development",
  });
  const response = isMalformedPath(request.nextUrl.pathname)
    ? badPath(request.nextUrl.pathname)
    : await checkReadAccess(request, headers["Content-Security-Policy"]!);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** A path with a percent-escape that is not text: the client's mistake (Next.js would answer 500). */
function badPath(pathname: string) {
  const message = "The address is not valid: it has a percent-escape that is not text";
  if (pathname === "/api" || pathname.startsWith("/api/")) return apiError(400, "bad_request", message);
  return new NextResponse(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * ATLAS_PUBLIC_READ=false: pages and the API need a signed-in user or an API token. With public
 * reading on (the default) this returns at once without touching the database. Writes are checked
 * by each action and route handler (lib/auth/authorize.server.ts), not here.
 */
async function checkReadAccess(request: NextRequest, csp: string) {
  const { pathname, search } = request.nextUrl;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const pass = () => NextResponse.next({ request: { headers: requestHeaders } });
  if (!needsSignInCheck(env.ATLAS_PUBLIC_READ, pathname)) return pass();
  const token = bearerToken(request.headers.get("authorization"));
  const user = token ? await userForApiToken(token) : await userFromSessionHeaders(request.headers);
  const access = readAccess({ publicRead: env.ATLAS_PUBLIC_READ, pathname, signedIn: !!user });
  if (access === "allow") return pass();
  if (access === "unauthorized") return apiError(401, "unauthorized", "Sign in or send an API token to read this Atlas.");
  const login = new URL("/login", request.url);
  login.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

// Every path, static files included, so they carry the headers too.
export const config = {
  matcher: ["/:path*"],
};
