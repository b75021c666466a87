import type { Db } from "@/lib/create-db";
import { dialectOf } from "@/lib/database/sql-dialect";
import type { Prisma } from "@/generated/prisma/client";
import { SIGN_IN_LIMITS, bucketsFor, reserveAttempt, type Reservation, type SignInClient } from "./rules";

const select = { failures: true, lastFailureAt: true, lockedUntil: true } as const;

/** A burst of guesses queues for the one connection, a transaction at a time: let them wait, not fail. */
const BURST = { maxWait: 10_000, timeout: 10_000 };

/**
 * Reserves a sign-in attempt before its password is checked: in one transaction, reads the attempt's
 * buckets, refuses it while one is locked, or else counts it as a failure. Parallel guesses are counted
 * one after another, so none is checked past the limit: the app's one SQLite connection runs
 * transactions one at a time; on PostgreSQL each attempt first holds its buckets' advisory locks, in
 * one order, until its transaction ends (several app servers share them). A success then clears it
 * (clearSignInLimits).
 */
export function reserveSignInAttempt(db: Db, client: SignInClient, now = new Date()): Promise<Reservation> {
  return db.$transaction(reserveIn, BURST);

  async function reserveIn(tx: Prisma.TransactionClient): Promise<Reservation> {
    const keys = bucketsFor(client);
    const { lockForTransaction } = dialectOf(tx);
    for (const name of keys.map((key) => `sign-in ${JSON.stringify(key)}`).sort()) {
      const lock = lockForTransaction(name);
      if (lock) await tx.$executeRaw(lock);
    }
    const buckets = [];
    for (const key of keys) buckets.push({ key, state: await tx.signInLimit.findUnique({ where: { kind_account_client: key }, select }) });
    const reservation = reserveAttempt(buckets, now);
    if (!reservation.allowed) return reservation;
    for (const [i, key] of keys.entries()) {
      const state = reservation.next[i]!;
      await tx.signInLimit.upsert({ where: { kind_account_client: key }, create: { ...key, ...state }, update: state });
    }
    await tx.signInLimit.deleteMany({
      where: { lastFailureAt: { lt: new Date(now.getTime() - SIGN_IN_LIMITS.forgetAfterMs) }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    });
    return reservation;
  }
}

/**
 * Forgets an account's failures, from its devices and from other clients (a correct password, or an
 * admin). Failures counted against an address across accounts stay: signing in to one's own account
 * must not reset the count of someone spraying guesses over others.
 */
export async function clearSignInLimits(db: Prisma.TransactionClient, account: string): Promise<number> {
  const { count } = await db.signInLimit.deleteMany({ where: { account: account.trim().toLowerCase(), kind: { in: ["device", "account"] } } });
  return count;
}

/** The accounts (lower-cased e-mails) among `accounts` that some client cannot sign in to now, with when that lifts. */
export async function findSignInLocks(db: Db, accounts: string[], now = new Date()): Promise<Map<string, Date>> {
  const rows = await db.signInLimit.findMany({
    where: { account: { in: accounts.map((a) => a.toLowerCase()) }, lockedUntil: { gt: now } },
    select: { account: true, lockedUntil: true },
  });
  const locks = new Map<string, Date>();
  for (const { account, lockedUntil } of rows) if (lockedUntil && lockedUntil > (locks.get(account) ?? 0)) locks.set(account, lockedUntil);
  return locks;
}
