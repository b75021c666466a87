import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "./roles";

export type NewUser = { name: string; email: string; password: string; role: Role };

/** A new user whose password is already hashed with better-auth's own scrypt, so its sign-in verifies it. */
export type HashedNewUser = Omit<NewUser, "password"> & { passwordHash: string };

/**
 * Hashing takes a CPU-bound tenth of a second or more: done before a transaction opens, so no
 * write lock on the database is held while it runs (other requests and processes would wait on it).
 */
export const hashUserPassword = (password: string): Promise<string> => hashPassword(password);

export async function hashNewUser({ password, ...user }: NewUser): Promise<HashedNewUser> {
  return { ...user, passwordHash: await hashUserPassword(password) };
}

/**
 * Writes a user and the credential account better-auth signs them in with. Takes a client: used by
 * the app, the CLI and the e2e fixtures. Callers validate with NewUserSchema first.
 */
export async function insertUserIn(tx: Prisma.TransactionClient, user: HashedNewUser): Promise<{ id: string } | { error: "email_taken" }> {
  const email = user.email.trim().toLowerCase();
  if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return { error: "email_taken" };
  const id = randomUUID();
  await tx.user.create({ data: { id, name: user.name, email, emailVerified: true, role: user.role, active: true } });
  await tx.account.create({
    data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: user.passwordHash },
  });
  return { id };
}

export async function insertUser(db: Db, user: NewUser) {
  const hashed = await hashNewUser(user);
  return db.$transaction((tx) => insertUserIn(tx, hashed));
}

/**
 * Creates the first admin, only while no user exists: the check and the write share one transaction,
 * which runs alone (SQLite: the app's one connection; PostgreSQL: a lock, as other connections and
 * app servers may be setting up at the same moment). Null when a user exists.
 */
export async function insertFirstAdmin(db: Db, user: Omit<NewUser, "role">): Promise<{ id: string } | null> {
  const hashed = await hashNewUser({ ...user, role: "admin" });
  return db.$transaction(async (tx) => {
    const lock = dialectOf(tx).lockForTransaction("first-admin");
    if (lock) await tx.$executeRaw(lock);
    if ((await tx.user.count()) > 0) return null;
    const result = await insertUserIn(tx, hashed);
    return "id" in result ? result : null;
  });
}
