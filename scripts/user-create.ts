import { parseArgs } from "node:util";
import type { z } from "zod";
import { createDb } from "@/lib/create-db";
import { DEFAULT_DATABASE_URL } from "@/lib/default-database-url";
import { insertUser } from "@/lib/auth/create-user";
import { generatePassword } from "@/lib/auth/generate-password";
import { createInvite } from "@/lib/auth/invites";
import { invitePath } from "@/lib/auth/invite-link";
import { InviteSchema, NewUserSchema } from "@/lib/auth/schema";
import { toFieldErrors } from "@/lib/validation/field-errors";

/**
 * Creates a user for scripted installs:
 *   npm run user:create -- --email you@example.org --role admin [--name "Your Name"] [--password ...]
 * Without --password (or ATLAS_USER_PASSWORD) one is generated and printed once. With --invite, no
 * account is written: a one-time invitation link is printed instead (as on /admin/users). Run
 * `npm start` (or `npm run db:migrate`) first so the database exists.
 */
const USAGE = [
  'Usage: npm run user:create -- --email you@example.org --role viewer|analyst|admin [--name "..."] [--password ...]',
  '       npm run user:create -- --invite --email someone@example.org --role viewer|analyst|admin [--name "..."]',
].join("\n");

/** Bad option values: each with its message, then the usage, and exit 2. */
function refuse(error: z.ZodError): never {
  for (const [field, messages] of Object.entries(toFieldErrors(error))) console.error(`--${field}: ${messages.join(" ")}`);
  console.error(USAGE);
  process.exit(2);
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        email: { type: "string" },
        role: { type: "string", default: "analyst" },
        name: { type: "string" },
        password: { type: "string" },
        invite: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    // An unknown or malformed option: say which, not a stack trace.
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

async function main() {
  const values = readOptions();
  if (values.help) return console.log(USAGE);
  if (values.invite) return invite(values);
  const typed = values.password ?? process.env.ATLAS_USER_PASSWORD;
  const password = typed ?? generatePassword();
  const input = { email: values.email, role: values.role, name: values.name ?? values.email?.split("@")[0], password };
  const parsed = NewUserSchema.safeParse(input);
  if (!parsed.success) {
    refuse(parsed.error);
  }
  const db = createDb(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  try {
    const result = await insertUser(db, parsed.data);
    if ("error" in result) {
      console.error(`A user with the e-mail ${parsed.data.email} already exists.`);
      process.exit(1);
    }
    console.log(`Created ${parsed.data.role} ${parsed.data.email}.`);
    if (!typed) console.log(`Initial password (shown once, change it on /account): ${password}`);
  } finally {
    await db.$disconnect();
  }
}

async function invite(values: { email?: string; role?: string; name?: string }) {
  const parsed = InviteSchema.safeParse({ email: values.email, role: values.role, name: values.name ?? values.email?.split("@")[0] });
  if (!parsed.success) {
    refuse(parsed.error);
  }
  const db = createDb(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  try {
    const result = await createInvite(db, parsed.data, null);
    if ("error" in result) {
      console.error(`A user with the e-mail ${parsed.data.email} already exists.`);
      process.exit(1);
    }
    const origin = process.env.BETTER_AUTH_URL ? new URL(process.env.BETTER_AUTH_URL).origin : "";
    console.log(`Invited ${parsed.data.role} ${parsed.data.email}. One-time link (shown once, expires ${result.expiresAt.toISOString()}):`);
    console.log(`${origin}${invitePath(result.token)}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
