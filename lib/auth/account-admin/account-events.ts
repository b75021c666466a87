import type { Db } from "@/lib/create-db";
import type { Prisma } from "@/generated/prisma/client";

export const ACCOUNT_EVENT_ACTIONS = ["rename", "sign-in-reset"] as const;
export type AccountEventAction = (typeof ACCOUNT_EVENT_ACTIONS)[number];

/** The admin who acted, as they were named then. */
export type Actor = { id: string; name: string };

/** Records what an admin did to an account, inside the caller's transaction. */
export async function recordAccountEvent(
  tx: Prisma.TransactionClient,
  event: { userId: string; by: Actor; action: AccountEventAction; before?: string | null; after?: string | null },
): Promise<void> {
  await tx.accountEvent.create({
    data: { userId: event.userId, byId: event.by.id, byName: event.by.name, action: event.action, before: event.before ?? null, after: event.after ?? null },
  });
}

export type Rename = { from: string; byName: string; at: string };

/** Each user's latest rename (the name before it, who, when), for the Users page. */
export async function latestRenames(db: Db, userIds: string[]): Promise<Map<string, Rename>> {
  const rows = await db.accountEvent.findMany({
    where: { userId: { in: userIds }, action: "rename" },
    orderBy: { id: "desc" },
    select: { userId: true, before: true, byName: true, at: true },
  });
  const renames = new Map<string, Rename>();
  for (const r of rows) if (!renames.has(r.userId)) renames.set(r.userId, { from: r.before ?? "", byName: r.byName, at: r.at.toISOString() });
  return renames;
}
