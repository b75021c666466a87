import type { Db } from "@/lib/create-db";
import { clearSignInLimits } from "@/lib/auth/sign-in-limit/limit-store";
import { recordAccountEvent, type Actor } from "./account-events";
import type { AccountChangeResult } from "./rename-user";

/**
 * An admin lets a user sign in again at once: the failures counted against the account, from every
 * client, are forgotten (docs/decisions/008-sign-in-limits.md). Recorded like a rename.
 */
export async function resetSignInLimits(db: Db, { userId, by }: { userId: string; by: Actor }): Promise<AccountChangeResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
  if (!user) return { status: "error", message: "No such user." };
  await db.$transaction(async (tx) => {
    await clearSignInLimits(tx, user.email);
    await recordAccountEvent(tx, { userId, by, action: "sign-in-reset" });
  });
  return { status: "ok", message: `${user.name} can sign in again.` };
}
