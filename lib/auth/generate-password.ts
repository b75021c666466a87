import { randomBytes } from "node:crypto";

/** A 20-character initial password (about 120 bits), for an admin to hand over; the user changes it. */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}
