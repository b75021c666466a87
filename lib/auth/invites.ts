import type { Db } from "@/lib/create-db";
import { hashUserPassword, insertUserIn } from "./create-user";
import { INVITE_LIFETIME_MS, generateInviteToken, hashInviteToken, inviteStatus, isInviteTokenShape } from "./invite-token";
import { toRole, type Role } from "./roles";

export type NewInvite = { name: string; email: string; role: Role };
export type InviteSummary = NewInvite & { id: number; status: "pending" | "expired"; createdAt: string; expiresAt: string; invitedBy: string | null };

/**
 * Invitations (docs/auth-wiring.md): an admin names the person, their e-mail and role and gets a
 * one-time link; the account is written only when the invitee chooses a password. Functions take a
 * client so the app, the CLI and the tests share them. Callers validate with InviteSchema first.
 */

/**
 * A new invitation; the returned token is the only time it is ever seen. A newer invitation for the
 * same e-mail replaces any still open, so a lost link is fixed by inviting again.
 */
export async function createInvite(
  db: Db,
  invite: NewInvite,
  invitedById: string | null,
  now = new Date(),
): Promise<{ token: string; id: number; expiresAt: Date } | { error: "email_taken" }> {
  const email = invite.email.trim().toLowerCase();
  const token = generateInviteToken();
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_MS);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return { error: "email_taken" as const };
    await tx.invite.updateMany({ where: { email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const { id } = await tx.invite.create({
      data: { email, name: invite.name, role: invite.role, tokenHash: hashInviteToken(token), expiresAt, invitedById },
      select: { id: true },
    });
    return { token, id, expiresAt };
  });
}

/** Invitations neither accepted nor revoked, expired ones included (an admin removes or renews them). */
export async function listOpenInvites(db: Db, now = new Date()): Promise<InviteSummary[]> {
  const rows = await db.invite.findMany({
    where: { acceptedAt: null, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      invitedBy: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: toRole(r.role),
    status: inviteStatus(r, now) === "pending" ? "pending" : "expired",
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    invitedBy: r.invitedBy?.name ?? null,
  }));
}

/** Revokes an open invitation; false when there is none (already accepted, revoked or unknown). */
export async function revokeInvite(db: Db, id: number, now = new Date()): Promise<boolean> {
  const { count } = await db.invite.updateMany({ where: { id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  return count > 0;
}

/** The invitation a link stands for, while it can still be accepted; null otherwise (whatever the reason). */
export async function findPendingInvite(db: Db, token: string, now = new Date()): Promise<(NewInvite & { expiresAt: Date }) | null> {
  if (!isInviteTokenShape(token)) return null;
  const row = await db.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { name: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  if (!row || inviteStatus(row, now) !== "pending") return null;
  return { name: row.name, email: row.email, role: toRole(row.role), expiresAt: row.expiresAt };
}

export type AcceptInviteResult = { status: "accepted"; userId: string; email: string } | { status: "not_valid" } | { status: "email_taken" };

/**
 * Consumes the invitation and writes the account with the chosen password (hashed before the
 * transaction opens), in one transaction: a second use of the same link finds it already accepted.
 */
export async function acceptInvite(db: Db, token: string, password: string, now = new Date()): Promise<AcceptInviteResult> {
  if (!isInviteTokenShape(token)) return { status: "not_valid" };
  // Read first, so an unknown or used link costs no hashing; the transaction checks again.
  const found = await db.invite.findUnique({ where: { tokenHash: hashInviteToken(token) } });
  if (!found || inviteStatus(found, now) !== "pending") return { status: "not_valid" };
  const passwordHash = await hashUserPassword(password);
  return db
    .$transaction(async (tx) => {
      const invite = await tx.invite.findUnique({ where: { tokenHash: hashInviteToken(token) } });
      if (!invite || inviteStatus(invite, now) !== "pending") return { status: "not_valid" as const };
      const { count } = await tx.invite.updateMany({ where: { id: invite.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now } });
      if (count !== 1) return { status: "not_valid" as const };
      const created = await insertUserIn(tx, { name: invite.name, email: invite.email, role: toRole(invite.role), passwordHash });
      // An account with this e-mail was made another way meanwhile (the CLI): the link stays unused.
      if ("error" in created) throw new EmailTaken();
      return { status: "accepted" as const, userId: created.id, email: invite.email };
    })
    .catch((error: unknown) => {
      if (error instanceof EmailTaken) return { status: "email_taken" as const };
      throw error;
    });
}

class EmailTaken extends Error {}
