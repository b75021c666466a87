import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { auth } from "./auth.server";
import { toRole } from "./roles";
import type { CurrentUser } from "./current-user";

/** The user of a session, from request headers (a cookie); null when signed out or deactivated. */
export async function userFromSessionHeaders(requestHeaders: Headers): Promise<CurrentUser | null> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session || !session.user.active) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role: toRole(role) };
}

/** The signed-in user of this request, or null. Cached per request, so layouts and pages share one lookup. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => userFromSessionHeaders(await headers()));
