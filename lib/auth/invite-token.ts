import { createHash, randomBytes } from "node:crypto";

/** How long an invitation link works. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60_000;

/** 32 random bytes, base64url: the 43 characters after /invite/. */
const INVITE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new invitation token. Shown to the admin once, inside the link; only its hash is stored. */
export function generateInviteToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Whether a string from a URL could be an invitation token (saves a lookup for anything else). */
export function isInviteTokenShape(token: string): boolean {
  return INVITE_TOKEN_PATTERN.test(token);
}

/**
 * SHA-256 of the token, hex: as for API tokens (lib/auth/api-token.ts), a 256-bit random token cannot
 * be recovered from its hash, so a slow password hash would add nothing and an indexed lookup works.
 */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export type InviteStatus = "pending" | "expired" | "accepted" | "revoked";

/** Where an invitation stands; only a pending one can be accepted. */
export function inviteStatus(invite: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null }, now: Date): InviteStatus {
  if (invite.acceptedAt) return "accepted";
  if (invite.revokedAt) return "revoked";
  return invite.expiresAt.getTime() > now.getTime() ? "pending" : "expired";
}

/** One answer for an unknown, used, revoked or expired link, so a link reveals nothing about others. */
export const INVITE_NOT_VALID = "This invitation link is not valid. It may have expired or already been used. Ask an administrator for a new one.";
