import { ACTION_MIN_ROLE, roleAtLeast, type Action } from "./roles";
import type { CurrentUser } from "./current-user";

/** Why a request was refused: not signed in (401), or signed in without the role (403). */
export type Denial = { reason: "unauthenticated" | "forbidden"; message: string };

export type Authorization = { ok: true; user: CurrentUser } | { ok: false; denial: Denial };

/** Pure: may this user (or nobody) do `action`? */
export function authorizeUser(user: CurrentUser | null, action: Action): Authorization {
  const min = ACTION_MIN_ROLE[action];
  if (!user) return { ok: false, denial: { reason: "unauthenticated", message: "Sign in to do this." } };
  if (!roleAtLeast(user.role, min)) {
    return { ok: false, denial: { reason: "forbidden", message: `Your account (${user.role}) may not do this; it needs the ${min} role.` } };
  }
  return { ok: true, user };
}
