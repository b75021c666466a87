import { ACTION_MIN_ROLE, type Action, type Role } from "./roles";

/** Who may call a mutation: anyone, or a signed-in user with at least this role. */
export type MinRole = "anonymous" | Role;

/**
 * Every mutating route handler (`file#METHOD`) and server action (`file#export`) under app/ and lib/,
 * with what calling it does in the permission vocabulary of roles.ts, or "anonymous" (decision 005).
 * lib/auth/find-mutations.ts finds them from the source; the authorization matrix tests (authorization-matrix.test.ts for actions, e2e/authorization-matrix.spec.ts
 * over HTTP) fail when a mutation is missing here, so a new one cannot be added without deciding who may call it.
 */
export const MUTATION_ACTION: Record<string, Action | "anonymous"> = {
  // better-auth's own endpoints: sign-in must be reachable signed out; each checks its own session.
  "app/api/auth/[...all]/route.ts#POST": "anonymous",
  // Nothing is stored, but reading an article costs CPU: only for those who can use the proposals (decision 009).
  "app/api/extract/route.ts#POST": "article:extract",
  "app/api/incidents/route.ts#POST": "incident:write",
  "app/api/incidents/[id]/route.ts#PATCH": "incident:write",
  "app/api/imports/route.ts#POST": "import:run",
  "app/api/imports/[token]/route.ts#POST": "import:run",
  "app/api/imports/[token]/route.ts#DELETE": "import:run",

  "lib/auth/actions/sign-in-actions.ts#signInAction": "anonymous",
  "lib/auth/actions/sign-in-actions.ts#signOutAction": "anonymous",
  "lib/auth/actions/setup-action.ts#setupAction": "anonymous",
  // The invitation token in the link is the credential; the action checks it before writing anything.
  "lib/auth/actions/accept-invite-action.ts#acceptInviteAction": "anonymous",
  "lib/auth/actions/account-actions.ts#changePasswordAction": "account:manage",
  "lib/auth/actions/account-actions.ts#createTokenAction": "token:manage",
  "lib/auth/actions/account-actions.ts#revokeTokenAction": "token:manage",
  "lib/incidents/actions/incident-actions.ts#createIncidentAction": "incident:write",
  "lib/incidents/actions/incident-actions.ts#updateIncidentAction": "incident:write",
  "lib/incidents/actions/incident-actions.ts#deleteIncidentAction": "incident:write",
  "lib/incidents/actions/incident-actions.ts#restoreIncidentAction": "incident:restore",
  "lib/incidents/actions/restore-version-action.ts#restoreVersionAction": "incident:restore",
  "lib/incidents/links/link-actions.ts#addLinkAction": "incident:write",
  "lib/incidents/links/link-actions.ts#removeLinkAction": "incident:write",
  "lib/incidents/links/link-actions.ts#mergeLinkAction": "incident:write",
  // Which step, by whom, from which status is decided per record by lib/incidents/review/transitions.ts.
  "lib/incidents/review/review-actions.ts#reviewStepAction": "incident:review",
  "lib/incidents/review/review-actions.ts#bulkPublishAction": "incident:review",
  "lib/settings/settings-actions.ts#saveSettingsAction": "settings:manage",
  "lib/extract/actions.ts#extractArticleAction": "article:extract",
  "lib/extract/actions.ts#addArticleSourceAction": "incident:write",
  "lib/import/actions.ts#previewImportAction": "import:run",
  "lib/import/actions.ts#confirmImportAction": "import:run",
  "lib/import/actions.ts#discardImportAction": "import:run",
  "lib/auth/actions/admin-user-actions.ts#inviteUserAction": "user:manage",
  "lib/auth/actions/admin-user-actions.ts#revokeInviteAction": "user:manage",
  "lib/auth/actions/admin-user-actions.ts#setRoleAction": "user:manage",
  "lib/auth/actions/admin-user-actions.ts#setActiveAction": "user:manage",
  "lib/auth/actions/admin-user-actions.ts#renameUserAction": "user:manage",
  "lib/auth/actions/admin-user-actions.ts#allowSignInAction": "user:manage",
};

/** The least role that may call each mutation, from the vocabulary: what the matrix tests expect. */
export const MUTATION_MIN_ROLE: Record<string, MinRole> = Object.fromEntries(
  Object.entries(MUTATION_ACTION).map(([key, action]) => [key, action === "anonymous" ? "anonymous" : ACTION_MIN_ROLE[action]]),
);

/**
 * Mutations whose guard is known to be missing, with why. Their matrix check is expected to FAIL
 * (it.fails), so adding the guard turns the test red until the entry is removed from this list.
 */
export const GUARD_PENDING: Record<string, string> = {};
