import type { Role } from "./roles";

/** Who may call a mutation: anyone, or a signed-in user with at least this role. */
export type MinRole = "anonymous" | Role;

/**
 * Every mutating route handler (`file#METHOD`) and server action (`file#export`) under app/, with the
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

  "app/login/actions.ts#signInAction": "anonymous",
  "app/login/actions.ts#signOutAction": "anonymous",
  "app/setup/actions.ts#setupAction": "anonymous",
  // The invitation token in the link is the credential; the action checks it before writing anything.
  "app/invite/[token]/actions.ts#acceptInviteAction": "anonymous",
  "app/account/actions.ts#changePasswordAction": "viewer",
  "app/account/actions.ts#createTokenAction": "viewer",
  "app/account/actions.ts#revokeTokenAction": "viewer",
  "app/incidents/actions.ts#createIncidentAction": "analyst",
  "app/incidents/actions.ts#updateIncidentAction": "analyst",
  "app/incidents/actions.ts#trashIncidentAction": "analyst",
  "app/incidents/actions.ts#restoreIncidentAction": "analyst",
  "app/incidents/[id]/history/actions.ts#restoreVersionAction": "analyst",
  "app/incidents/new/from-article/actions.ts#extractArticleAction": "analyst",
  "app/incidents/new/from-article/actions.ts#addArticleSourceAction": "analyst",
  "app/import/actions.ts#previewImportAction": "analyst",
  "app/import/actions.ts#confirmImportAction": "analyst",
  "app/import/actions.ts#discardImportAction": "analyst",
  "app/admin/users/actions.ts#inviteUserAction": "admin",
  "app/admin/users/actions.ts#revokeInviteAction": "admin",
  "app/admin/users/actions.ts#setRoleAction": "admin",
  "app/admin/users/actions.ts#setActiveAction": "admin",
  "app/admin/users/actions.ts#renameUserAction": "admin",
  "app/admin/users/actions.ts#allowSignInAction": "admin",
};

/**
 * Mutations whose guard is known to be missing, with why. Their matrix check is expected to FAIL
 * (it.fails), so adding the guard turns the test red until the entry is removed from this list.
 */
export const GUARD_PENDING: Record<string, string> = {};
