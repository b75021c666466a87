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

/**
 * The signed-in user of the page being rendered, or null. Cached per render, so layouts and pages
 * share one lookup. For pages and layouts only: server actions and route handlers authorise with
 * authorizeAction / authorizeApiRequest, which read their own request (React's cache belongs to a
 * render, and an action is not one; `npm run lint` refuses this function in a "use server" module).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => userFromSessionHeaders(await headers()));
