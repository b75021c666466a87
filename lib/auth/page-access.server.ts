import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser } from "./current-user.server";
import { can, type Action } from "./roles";
import type { CurrentUser } from "./current-user";

/**
 * For pages that write: anonymous visitors go to sign-in and come back to `path`; a signed-in user
 * without the role gets `allowed: false` and the page says so (components/auth/access-denied.tsx).
 */
export async function pageAccess(
  path: string,
  action: Action = "incident:write",
): Promise<{ allowed: true; user: CurrentUser } | { allowed: false; user: CurrentUser }> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(path)}`);
  return can(user.role, action) ? { allowed: true, user } : { allowed: false, user };
}
