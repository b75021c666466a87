import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth.server";

// better-auth's endpoints (sign-in, sign-out, session...) for scripts and clients. The app's own
// pages use server actions that call auth.api directly.
export const { GET, POST } = toNextJsHandler(auth);
