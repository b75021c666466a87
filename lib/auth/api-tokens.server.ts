import "server-only";
import { db } from "@/lib/db.server";
import { generateApiToken, hashApiToken, tokenDisplayPrefix } from "./api-token";
import { toRole } from "./roles";
import type { CurrentUser } from "./current-user";

export type ApiTokenSummary = { id: number; name: string; tokenPrefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

/** Creates a token for a user; the returned `token` is the only time it is ever seen. */
export async function createApiToken(userId: string, name: string): Promise<{ token: string; id: number }> {
  const token = generateApiToken();
  const { id } = await db.apiToken.create({
    data: { userId, name, tokenHash: hashApiToken(token), tokenPrefix: tokenDisplayPrefix(token) },
    select: { id: true },
  });
  return { token, id };
}

export async function listApiTokens(userId: string): Promise<ApiTokenSummary[]> {
  const rows = await db.apiToken.findMany({
    where: { userId },
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, tokenPrefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  }));
}

/** Revokes one of the user's own live tokens; false when there is none. */
export async function revokeApiToken(userId: string, id: number): Promise<boolean> {
  const { count } = await db.apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count > 0;
}

/** The active user a live token belongs to, or null. Notes when the token was last used (at most once a minute). */
export async function userForApiToken(token: string): Promise<CurrentUser | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, name: true, email: true, role: true, active: true } } },
  });
  if (!row || row.revokedAt || !row.user.active) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const { id, name, email, role } = row.user;
  return { id, name, email, role: toRole(role) };
}
