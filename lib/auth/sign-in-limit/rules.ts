import { UNKNOWN_ADDRESS } from "./client-address";

/**
 * Sign-in limits (docs/decisions/008-sign-in-limits.md). Failures are counted in buckets, each per
 * account and client: a known device (a signed cookie from an earlier sign-in to that account), or
 * else the client's address. Past a few free failures, each further failure locks its bucket for a
 * while, doubling up to a ceiling. A success clears the account's buckets; so does an admin.
 */
export const SIGN_IN_LIMITS = {
  /** Failures a bucket allows before each further one locks it. */
  free: { device: 5, account: 5, address: 20 },
  /** The lock after the first failure past the free ones; it doubles with each further failure. */
  firstLockMs: 60_000,
  maxLockMs: 15 * 60_000,
  /** A bucket with no failure for this long starts again from zero. */
  forgetAfterMs: 24 * 60 * 60_000,
};

/**
 * - device: one account from one known device; a correct password from there is never locked out
 *   by anyone else's failures.
 * - account: one account from clients without its device cookie, per address. With no trusted
 *   proxy every client has the same address, so this is per account.
 * - address: every account from one known address (password spraying); never for the unknown address,
 *   which would lock out everyone.
 */
export type BucketKind = keyof typeof SIGN_IN_LIMITS.free;
export type BucketKey = { kind: BucketKind; account: string; client: string };
export type BucketState = { failures: number; lastFailureAt: Date; lockedUntil: Date | null };

/** Who is signing in: the e-mail as typed (lower-cased), the address, and the device cookie's id when valid for that e-mail. */
export type SignInClient = { account: string; address: string; deviceId: string | null };

/** The buckets an attempt counts in. */
export function bucketsFor({ account, address, deviceId }: SignInClient): BucketKey[] {
  if (deviceId) return [{ kind: "device", account, client: deviceId }];
  const buckets: BucketKey[] = [{ kind: "account", account, client: address }];
  if (address !== UNKNOWN_ADDRESS) buckets.push({ kind: "address", account: "", client: address });
  return buckets;
}

/** How long a bucket is locked after its `failures`-th failure in a row. */
export function lockAfter(kind: BucketKind, failures: number, limits = SIGN_IN_LIMITS): number {
  const over = failures - limits.free[kind];
  return over < 0 ? 0 : Math.min(limits.maxLockMs, limits.firstLockMs * 2 ** over);
}

/** A bucket's state with one more failure counted at `now`. */
export function withFailure(kind: BucketKind, state: BucketState | null, now: Date, limits = SIGN_IN_LIMITS): BucketState {
  const recent = state && now.getTime() - state.lastFailureAt.getTime() < limits.forgetAfterMs;
  const failures = (recent ? state.failures : 0) + 1;
  const lock = lockAfter(kind, failures, limits);
  return { failures, lastFailureAt: now, lockedUntil: lock ? new Date(now.getTime() + lock) : null };
}

export type Reservation = { allowed: true; next: BucketState[] } | { allowed: false; retryAfterSeconds: number };

/**
 * Whether an attempt may go ahead, given its buckets in the order of bucketsFor and their states. If
 * it may, the states with the attempt counted as a failure: it is reserved before the password is
 * checked, so parallel guesses all count, and a success clears it afterwards.
 */
export function reserveAttempt(buckets: { key: BucketKey; state: BucketState | null }[], now: Date, limits = SIGN_IN_LIMITS): Reservation {
  const lockedUntil = Math.max(0, ...buckets.map((b) => b.state?.lockedUntil?.getTime() ?? 0));
  if (lockedUntil > now.getTime()) return { allowed: false, retryAfterSeconds: Math.ceil((lockedUntil - now.getTime()) / 1000) };
  return { allowed: true, next: buckets.map((b) => withFailure(b.key.kind, b.state, now, limits)) };
}

/** One message for every bucket, so it does not tell an attacker which one is locked. */
export function signInLimitMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
