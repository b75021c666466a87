import type { Role } from "./roles";

/** The signed-in user as pages, actions and route handlers see it: plain and serialisable. */
export type CurrentUser = { id: string; name: string; email: string; role: Role };
