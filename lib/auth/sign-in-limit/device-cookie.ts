import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The device cookie: set when someone signs in to an account, it marks the browser as one that
 * knew the account's password, so its attempts count apart from everyone else's (rules.ts). It is
 * no credential (it never signs anyone in); only a key for the sign-in limits. One per account,
 * named after the account, and signed with the auth secret over the account and a random id, so it
 * cannot be moved to another account or made up.
 */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

const accountTag = (account: string) => createHash("sha256").update(account, "utf8").digest("base64url").slice(0, 16);
const sign = (account: string, deviceId: string, secret: string) =>
  createHmac("sha256", secret).update(`atlas-device\n${account}\n${deviceId}`).digest("base64url");

/** The cookie's name for an account (the e-mail, lower-cased). Only letters, digits, "-" and "_": a valid cookie name. */
export function deviceCookieName(account: string): string {
  return `atlas_device_${accountTag(account)}`;
}

/** A new device id and its cookie value for an account. */
export function newDeviceCookie(account: string, secret: string): { deviceId: string; value: string } {
  const deviceId = randomBytes(16).toString("base64url");
  return { deviceId, value: `${deviceId}.${sign(account, deviceId, secret)}` };
}

/** The device id in a cookie value when it was signed for this account, else null. */
export function readDeviceCookie(value: string | null | undefined, account: string, secret: string): string | null {
  const [deviceId, signature, ...rest] = (value ?? "").split(".");
  if (!deviceId || !signature || rest.length) return null;
  const expected = Buffer.from(sign(account, deviceId, secret));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
}
