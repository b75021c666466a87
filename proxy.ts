import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env.server";
import { readAccess, needsSignInCheck } from "@/lib/auth/read-access";
import { bearerToken } from "@/lib/auth/api-token";
import { userForApiToken } from "@/lib/auth/api-tokens.server";
import { userFromSessionHeaders } from "@/lib/auth/current-user.server";
import { apiError } from "@/lib/api/responses";

/**
 * ATLAS_PUBLIC_READ=false: pages and the API need a signed-in user or an API token. With public
 * reading on (the default) this returns at once without touching the database. Writes are checked
 * by each action and route handler (lib/auth/authorize.server.ts), not here.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!needsSignInCheck(env.ATLAS_PUBLIC_READ, pathname)) return NextResponse.next();
  const token = bearerToken(request.headers.get("authorization"));
  const user = token ? await userForApiToken(token) : await userFromSessionHeaders(request.headers);
  const access = readAccess({ publicRead: env.ATLAS_PUBLIC_READ, pathname, signedIn: !!user });
  if (access === "allow") return NextResponse.next();
  if (access === "unauthorized") return apiError(401, "unauthorized", "Sign in or send an API token to read this Atlas.");
  const login = new URL("/login", request.url);
  login.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
