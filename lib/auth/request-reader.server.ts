import "server-only";
import { bearerToken } from "./api-token";
import { userForApiToken } from "./api-tokens.server";
import { userFromSessionHeaders } from "./current-user.server";
import type { CurrentUser } from "./current-user";

/**
 * Who reads through a route handler: the user of a valid API token, else of the session cookie, else
 * nobody. Reading needs no account (unless ATLAS_PUBLIC_READ is off, which proxy.ts enforces), so an
 * unusable token reads as signed out here rather than being refused.
 */
export async function requestReader(request: Request): Promise<CurrentUser | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const token = bearerToken(authorization);
    return token ? userForApiToken(token) : null;
  }
  return userFromSessionHeaders(request.headers);
}
