import Database from "better-sqlite3";
import { INVITE_LIFETIME_MS, generateInviteToken, hashInviteToken } from "@/lib/auth/invite-token";

const sqliteTime = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** A pending invitation in the bench database, for the no-JavaScript form posts. Returns its token. */
export function benchInvite(file: string): string {
  const sqlite = new Database(file);
  try {
    const token = generateInviteToken();
    const now = new Date();
    sqlite
      .prepare(`INSERT INTO "Invite" (email, name, role, tokenHash, expiresAt, createdAt) VALUES (?, 'Bench invitee', 'viewer', ?, ?, ?)`)
      .run(`bench-invitee-${now.getTime()}@atlas.invalid`, hashInviteToken(token), sqliteTime(new Date(now.getTime() + INVITE_LIFETIME_MS)), sqliteTime(now));
    return token;
  } finally {
    sqlite.close();
  }
}
