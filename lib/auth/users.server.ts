import "server-only";
import { db } from "@/lib/db.server";
import { toRole, type Role } from "./roles";
import { insertFirstAdmin, type NewUser } from "./create-user";
import { latestRenames, type Actor, type Rename } from "./account-admin/account-events";
import { renameUser } from "./account-admin/rename-user";
import { resetSignInLimits } from "./account-admin/reset-sign-in";
import { findSignInLocks } from "./sign-in-limit/limit-store";

export type UserSummary = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  createdAt: string;
  /** The latest rename by an admin, if any. */
  renamed: Rename | null;
  /** Until when some client cannot sign in to the account (the sign-in limits), if locked now. */
  signInLockedUntil: string | null;
};

export async function hasAnyUser(): Promise<boolean> {
  return (await db.user.count()) > 0;
}

export async function listUsers(): Promise<UserSummary[]> {
  const rows = await db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
  });
  const ids = rows.map((r) => r.id);
  const [renames, locks] = await Promise.all([
    latestRenames(db, ids),
    findSignInLocks(
      db,
      rows.map((r) => r.email),
    ),
  ]);
  return rows.map((r) => ({
    ...r,
    role: toRole(r.role),
    createdAt: r.createdAt.toISOString(),
    renamed: renames.get(r.id) ?? null,
    signInLockedUntil: locks.get(r.email)?.toISOString() ?? null,
  }));
}

export const renameUserAsAdmin = (userId: string, name: string, by: Actor) => renameUser(db, { userId, name, by });
export const allowSignInAgain = (userId: string, by: Actor) => resetSignInLimits(db, { userId, by });

export const createFirstAdmin = (user: Omit<NewUser, "role">) => insertFirstAdmin(db, user);

export type UserChangeResult = { status: "ok" } | { status: "error"; message: string };

/** Refuses changes that would leave no active admin (nobody could manage users any more). */
async function keepsAnAdmin(userId: string, next: { role?: Role; active?: boolean }): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
  if (!user || user.role !== "admin" || !user.active) return true;
  if ((next.role ?? "admin") === "admin" && next.active !== false) return true;
  return (await db.user.count({ where: { role: "admin", active: true, id: { not: userId } } })) > 0;
}

export async function setUserRole(userId: string, role: Role): Promise<UserChangeResult> {
  if (!(await keepsAnAdmin(userId, { role }))) return { status: "error", message: "Atlas needs at least one active admin." };
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { role } });
  return count ? { status: "ok" } : { status: "error", message: "No such user." };
}

/** Deactivating also ends the user's sessions; their API tokens are refused while inactive. */
export async function setUserActive(userId: string, active: boolean): Promise<UserChangeResult> {
  if (!(await keepsAnAdmin(userId, { active }))) return { status: "error", message: "Atlas needs at least one active admin." };
  const count = await db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { active } });
    if (!active) await tx.session.deleteMany({ where: { userId } });
    return updated.count;
  });
  return count ? { status: "ok" } : { status: "error", message: "No such user." };
}
