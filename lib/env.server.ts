import "server-only";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./default-database-url";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .startsWith("file:", "DATABASE_URL must be a SQLite file URL such as file:./data/atlas.db")
    .default(DEFAULT_DATABASE_URL),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

/** process.env, parsed once: a bad setting stops the server at start-up with a clear message. */
export const env = EnvSchema.parse(process.env);
