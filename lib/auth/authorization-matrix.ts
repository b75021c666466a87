import type { Role } from "./roles";

/** Who may call a mutation: anyone, or a signed-in user with at least this role. */
export type MinRole = "anonymous" | Role;

/**
 * Every mutating route handler (`file#METHOD`) and server action (`file#export`) under app/ and lib/, with the
 * least role that may call it (decision 005). lib/auth/find-mutations.ts finds them from the source;
 * the authorization matrix tests (authorization-matrix.test.ts for actions, e2e/authorization-matrix.spec.ts
 * over HTTP) fail when a mutation is missing here, so a new one cannot be added without deciding who may call it.
 */
export const MUTATION_MIN_ROLE: Record<string, MinRole> = {
  // better-auth's own endpoints: sign-in must be reachable signed out; each checks its own session.
  "app/api/auth/[...all]/route.ts#POST": "anonymous",
  // Nothing is stored, but reading an article costs CPU: only for those who can use the proposals (decision 009).
  "app/api/extract/route.ts#POST": "analyst",
  "app/api/incidents/route.ts#POST": "analyst",
  "app/api/incidents/[id]/route.ts#PATCH": "analyst",
  "app/api/imports/route.ts#POST": "analyst",
  "app/api/imports/[token]/route.ts#POST": "analyst",
  "app/api/imports/[token]/route.ts#DELETE": "analyst",

  "lib/auth/actions/sign-in-actions.ts#signInAction": "anonymous",
  "lib/auth/actions/sign-in-actions.ts#signOutAction": "anonymous",
  "lib/auth/actions/setup-action.ts#setupAction": "anonymous",
  // The invitation token in the link is the credential; the action checks it before writing anything.
  "lib/auth/actions/accept-invite-action.ts#acceptInviteAction": "anonymous",
  "lib/auth/actions/account-actions.ts#changePasswordAction": "viewer",
  "lib/auth/actions/account-actions.ts#createTokenAction": "viewer",
  "lib/auth/actions/account-actions.ts#revokeTokenAction": "viewer",
  "lib/incidents/actions/incident-actions.ts#createIncidentAction": "analyst",
  "lib/incidents/actions/incident-actions.ts#updateIncidentAction": "analyst",
  "lib/incidents/actions/incident-actions.ts#trashIncidentAction": "analyst",
  "lib/incidents/actions/incident-actions.ts#restoreIncidentAction": "analyst",
  "lib/incidents/actions/restore-version-action.ts#restoreVersionAction": "analyst",
  "lib/extract/actions.ts#extractArticleAction": "analyst",
  "lib/extract/actions.ts#addArticleSourceAction": "analyst",
  "lib/import/actions.ts#previewImportAction": "analyst",
  "lib/import/actions.ts#confirmImportAction": "analyst",
  "lib/import/actions.ts#discardImportAction": "analyst",
  "lib/auth/actions/admin-user-actions.ts#inviteUserAction": "admin",
  "lib/auth/actions/admin-user-actions.ts#revokeInviteAction": "admin",
  "lib/auth/actions/admin-user-actions.ts#setRoleAction": "admin",
  "lib/auth/actions/admin-user-actions.ts#setActiveAction": "admin",
  "lib/auth/actions/admin-user-actions.ts#renameUserAction": "admin",
  "lib/auth/actions/admin-user-actions.ts#allowSignInAction": "admin",
};

/**
 * Mutations whose guard is known to be missing, with why. Their matrix check is expected to FAIL
 * (it.fails), so adding the guard turns the test red until the entry is removed from this list.
 */
export const GUARD_PENDING: Record<string, string> = {};
