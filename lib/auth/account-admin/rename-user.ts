import type { Db } from "@/lib/create-db";
import { recordAccountEvent, type Actor } from "./account-events";

export type AccountChangeResult = { status: "ok"; message: string } | { status: "error"; message: string };

/**
 * An admin sets a user's name (names are otherwise fixed at sign-up: better-auth may not change
 * them, lib/auth/auth.server.ts). The change and its record commit together. Past History entries
 * keep the name they were made under (AuditEvent.userName).
 */
export async function renameUser(db: Db, { userId, name, by }: { userId: string; name: string; by: Actor }): Promise<AccountChangeResult> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
    if (!user) return { status: "error", message: "No such user." };
    if (user.name === name) return { status: "ok", message: `The name is already ${name}.` };
    await tx.user.update({ where: { id: userId }, data: { name } });
    await recordAccountEvent(tx, { userId, by, action: "rename", before: user.name, after: name });
    return { status: "ok", message: `Renamed ${user.name} to ${name}.` };
  });
}
