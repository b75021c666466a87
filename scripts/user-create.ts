import { parseArgs } from "node:util";
import { createDb } from "@/lib/create-db";
import { DEFAULT_DATABASE_URL } from "@/lib/default-database-url";
import { insertUser } from "@/lib/auth/create-user";
import { generatePassword } from "@/lib/auth/generate-password";
import { NewUserSchema } from "@/lib/auth/schema";
import { toFieldErrors } from "@/lib/validation/field-errors";

/**
 * Creates a user for scripted installs:
 *   npm run user:create -- --email you@example.org --role admin [--name "Your Name"] [--password ...]
 * Without --password (or ATLAS_USER_PASSWORD) one is generated and printed once. Run `npm start`
 * (or `npm run db:migrate`) first so the database exists.
 */
async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "analyst" }, name: { type: "string" }, password: { type: "string" } },
  });
  const typed = values.password ?? process.env.ATLAS_USER_PASSWORD;
  const password = typed ?? generatePassword();
  const input = { email: values.email, role: values.role, name: values.name ?? values.email?.split("@")[0], password };
  const parsed = NewUserSchema.safeParse(input);
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(toFieldErrors(parsed.error))) console.error(`--${field}: ${messages.join(" ")}`);
    console.error('Usage: npm run user:create -- --email you@example.org --role viewer|analyst|admin [--name "..."] [--password ...]');
    process.exit(2);
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
