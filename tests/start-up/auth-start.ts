// Starts better-auth as the server does (tests/start-up/start-up-output.test.ts reads what it prints).
import { auth } from "@/lib/auth/auth.server";

void auth.$context.then(() => console.log("auth ready"));
