import { z } from "zod";

/** Roles from least to most trusted; each can do everything the ones before it can. */
export const ROLES = ["viewer", "analyst", "admin"] as const;
export const RoleSchema = z.enum(ROLES, { error: "Choose viewer, analyst or admin" });
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  viewer: "Viewer: reads records",
  analyst: "Analyst: creates, edits and deletes records",
  admin: "Admin: also manages users",
};

/**
 * What someone may do, and the least role that may do it: the one list the pages, the server
 * actions, the route handlers and the authorization matrix (authorization-matrix.ts) all name.
 */
export const ACTION_MIN_ROLE = {
  read: "viewer",
  "incident:write": "analyst",
  "incident:restore": "analyst",
  "article:extract": "analyst",
  "import:run": "analyst",
  "account:manage": "viewer",
  "token:manage": "viewer",
  "user:manage": "admin",
  /** Who made each change, by name (History, "Created by"); others read "Atlas staff". */
  "staff:names": "analyst",
  /** See drafts, records in review and rejected ones (decision 017); others see published records only. */
  "incident:unpublished": "analyst",
  /** Submit a record for review, publish, send back or reject one (lib/incidents/review/transitions.ts says which). */
  "incident:review": "analyst",
  /** The Atlas's settings (single-analyst publishing). */
  "settings:manage": "admin",
} as const satisfies Record<string, Role>;
export type Action = keyof typeof ACTION_MIN_ROLE;

/** Parses a stored role; an unknown value (a hand-edited row) counts as the least role. */
export function toRole(value: unknown): Role {
  const parsed = RoleSchema.safeParse(value);
  return parsed.success ? parsed.data : "viewer";
}

export function roleAtLeast(role: Role, min: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(min);
}

/** Whether a signed-in user with `role` may do `action`. Anonymous users may do nothing here. */
export function can(role: Role | null | undefined, action: Action): boolean {
  return role ? roleAtLeast(role, ACTION_MIN_ROLE[action]) : false;
}
