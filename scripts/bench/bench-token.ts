import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { generateApiToken, hashApiToken, tokenDisplayPrefix } from "@/lib/auth/api-token";
import type { Role } from "@/lib/auth/roles";

/**
 * An API token for a bench user of `role` in the bench database (the user is made once, with no
 * password: it only ever authenticates by token). Returns the Authorization header's value.
 */
export function benchToken(file: string, role: Role): string {
  const sqlite = new Database(file);
  try {
    const email = `bench-${role}@atlas.invalid`;
    let user = sqlite.prepare(`SELECT id FROM "User" WHERE email = ?`).get(email) as { id: string } | undefined;
    const now = new Date().toISOString().replace("Z", "+00:00");
    if (!user) {
      user = { id: randomUUID() };
      sqlite
        .prepare(`INSERT INTO "User" (id, name, email, emailVerified, role, active, createdAt, updatedAt) VALUES (?, ?, ?, 1, ?, 1, ?, ?)`)
        .run(user.id, `Bench ${role}`, email, role, now, now);
    }
    const token = generateApiToken();
    sqlite
      .prepare(`INSERT INTO "ApiToken" (userId, name, tokenHash, tokenPrefix, createdAt) VALUES (?, 'bench', ?, ?, ?)`)
      .run(user.id, hashApiToken(token), tokenDisplayPrefix(token), now);
    return `Bearer ${token}`;
  } finally {
    sqlite.close();
  }
}
