/**
 * Specs that read the whole Atlas rather than their own records: seeded counts on the overview, the
 * list and the API's filters, "nothing was written" checked by counting every table, the setup page that needs no user
 * at all, the only active admin, and sign-in limits shared by one address. playwright.config.ts runs
 * them one at a time beside the other specs, in two groups of about the same length, each group on
 * a server and database of its own, seeded alike.
 */
const GROUPS = [
  ["fuzz-api", "overview", "auth-login", "auth-setup", "bad-input"],
  ["fuzz-actions", "authorization-matrix", "no-js-forms", "import", "import-no-js", "incident-pages", "incidents-api", "action-refusals", "viewer-access"],
];

const pattern = (name: string) => new RegExp(`/e2e/${name}\\.spec\\.ts$`);

export const WHOLE_ATLAS_GROUPS = GROUPS.map((names) => names.map(pattern));
export const WHOLE_ATLAS = WHOLE_ATLAS_GROUPS.flat();
