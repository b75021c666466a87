import "server-only";
import { apiError } from "@/lib/api/responses";
import { env } from "@/lib/env.server";
import { bearerToken } from "./api-token";
import { userForApiToken } from "./api-tokens.server";
import { headers } from "next/headers";
import { userFromSessionHeaders } from "./current-user.server";
import { authorizeUser, type Authorization } from "./authorize";
import { isMutatingMethod, isSameOriginRequest } from "./same-origin";
import type { Action } from "./roles";
import type { CurrentUser } from "./current-user";

/**
 * For server actions, which all return a typed result: `const a = await authorizeAction("incident:write");
 * if (!a.ok) return { status: "error", fieldErrors: { form: [a.denial.message] }, values };`
 * A refusal is a value the page shows, never a thrown error (that answers 500 and logs a stack trace).
 */
export async function authorizeAction(action: Action): Promise<Authorization> {
  // Read from this request's own cookie, not through getCurrentUser's React cache: an action runs
  // outside any render, and under load that cache answered with the user of another request being
  // rendered at the time (a signed-out page's null: "Sign in to do this." for a signed-in admin).
  return authorizeUser(await userFromSessionHeaders(await headers()), action);
}

export type ApiAuthorization = { ok: true; user: CurrentUser; via: "token" | "session" } | { ok: false; response: Response };

/**
 * For route handlers: accepts `Authorization: Bearer <api token>` or the session cookie. A malformed
 * or revoked token is refused outright (no fallback to the cookie). Cookie-authenticated writes must
 * come from this site's pages (CSRF); token requests cannot be forged by a browser.
 */
export async function authorizeApiRequest(request: Request, action: Action): Promise<ApiAuthorization> {
  const authorization = request.headers.get("authorization");
  let user: CurrentUser | null;
  let via: "token" | "session";
  if (authorization) {
    const token = bearerToken(authorization);
    user = token ? await userForApiToken(token) : null;
    if (!user) return { ok: false, response: apiError(401, "unauthorized", "The API token is missing, malformed, revoked, or its account is deactivated.") };
    via = "token";
  } else {
    user = await userFromSessionHeaders(request.headers);
    via = "session";
    if (user && isMutatingMethod(request.method) && !isSameOriginRequest(request.headers, trustedOrigins())) {
      return { ok: false, response: apiError(403, "forbidden", "Cross-site request refused.") };
    }
  }
  const result = authorizeUser(user, action);
  if (result.ok) return { ok: true, user: result.user, via };
  const status = result.denial.reason === "unauthenticated" ? 401 : 403;
  const code = result.denial.reason === "unauthenticated" ? "unauthorized" : "forbidden";
  return { ok: false, response: apiError(status, code, result.denial.message) };
}

function trustedOrigins(): string[] {
  return [...(env.BETTER_AUTH_URL ? [env.BETTER_AUTH_URL] : []), ...env.ATLAS_TRUSTED_ORIGINS];
}
