import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/create-db";
import { freshDatabase } from "@/tests/fresh-database";
import { insertUser } from "./create-user";
import { INVITE_LIFETIME_MS, hashInviteToken } from "./invite-token";
import { acceptInvite, createInvite, findPendingInvite, listOpenInvites, revokeInvite } from "./invites";

/** Invitations on a small real database, migrated from prisma/migrations. */
let database: ReturnType<typeof freshDatabase>;
let db: Db;
let n = 0;
const PASSWORD = "a long enough password";
const person = () => {
  n += 1;
  return { name: `Invitee ${n}`, email: `Invitee-${n}@Example.org`, role: "analyst" as const };
};

beforeAll(() => {
  database = freshDatabase();
  db = database.db;
});

afterAll(() => database.remove());

async function invite(now = new Date()) {
  const who = person();
  const result = await createInvite(db, who, null, now);
  if ("error" in result) throw new Error("unexpected");
  return { ...result, ...who };
}

describe("invitations", () => {
  it("store only the token's hash, lower-case the e-mail and expire after seven days", async () => {
    const now = new Date();
    const { token, id, expiresAt } = await invite(now);
    const row = await db.invite.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashInviteToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.email).toBe(row.email.toLowerCase());
    expect(expiresAt.getTime() - now.getTime()).toBe(INVITE_LIFETIME_MS);
    expect(await findPendingInvite(db, token)).toMatchObject({ email: row.email, role: "analyst" });
  });

  it("create the account with the chosen password, once", async () => {
    const { token, email } = await invite();
    const accepted = await acceptInvite(db, token, PASSWORD);
    expect(accepted).toMatchObject({ status: "accepted", email: email.toLowerCase() });
    const account = await db.account.findFirstOrThrow({ where: { user: { email: email.toLowerCase() } }, include: { user: true } });
    expect(account.user).toMatchObject({ role: "analyst", active: true });
    expect(await verifyPassword({ hash: account.password!, password: PASSWORD })).toBe(true);

    expect(await acceptInvite(db, token, PASSWORD)).toEqual({ status: "not_valid" });
    expect(await findPendingInvite(db, token)).toBeNull();
    expect(await db.user.count({ where: { email: email.toLowerCase() } })).toBe(1);
  });

  it("refuse an expired, revoked or unknown link the same way", async () => {
    const expired = await invite(new Date(Date.now() - INVITE_LIFETIME_MS - 1000));
    const revoked = await invite();
    expect(await revokeInvite(db, revoked.id)).toBe(true);
    expect(await revokeInvite(db, revoked.id)).toBe(false);
    for (const token of [expired.token, revoked.token, "A".repeat(43), "not-a-token"]) {
      expect(await findPendingInvite(db, token)).toBeNull();
      expect(await acceptInvite(db, token, PASSWORD)).toEqual({ status: "not_valid" });
    }
    expect(await db.user.count({ where: { email: { in: [expired.email, revoked.email].map((e) => e.toLowerCase()) } } })).toBe(0);
  });

  it("list open invitations, expired ones marked, and drop accepted and revoked ones", async () => {
    const open = await invite();
    const old = await invite(new Date(Date.now() - INVITE_LIFETIME_MS - 1000));
    const done = await invite();
    await acceptInvite(db, done.token, PASSWORD);
    const listed = await listOpenInvites(db);
    expect(listed.find((i) => i.id === open.id)?.status).toBe("pending");
    expect(listed.find((i) => i.id === old.id)?.status).toBe("expired");
    expect(listed.find((i) => i.id === done.id)).toBeUndefined();
  });

  it("replace an older open invitation for the same e-mail", async () => {
    const first = await invite();
    const second = await createInvite(db, { name: first.name, email: first.email, role: "viewer" }, null);
    if ("error" in second) throw new Error("unexpected");
    expect(await findPendingInvite(db, first.token)).toBeNull();
    expect(await findPendingInvite(db, second.token)).toMatchObject({ role: "viewer" });
  });

  it("refuse an e-mail that already has an account, when inviting and when accepting", async () => {
    const existing = person();
    await insertUser(db, { ...existing, password: PASSWORD });
    expect(await createInvite(db, existing, null)).toEqual({ error: "email_taken" });

    const raced = await invite();
    await insertUser(db, { name: raced.name, email: raced.email, role: "viewer", password: PASSWORD });
    expect(await acceptInvite(db, raced.token, PASSWORD)).toEqual({ status: "email_taken" });
    expect((await db.invite.findUniqueOrThrow({ where: { id: raced.id } })).acceptedAt).toBeNull();
  });
});
