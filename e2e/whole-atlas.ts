/**
 * Specs that read the whole Atlas rather than their own records: seeded counts on the overview, the
 * list and the API's filters, "nothing was written" checked by counting every table, the setup page that needs no user
 * at all, the only active admin, and sign-in limits shared by one address. playwright.config.ts runs
 * them after the rest, one at a time.
 */
const SPECS = [
  "overview",
  "incident-pages",
  "incidents-api",
  "auth-setup",
  "auth-login",
  "fuzz-actions",
  "fuzz-api",
  "no-js-forms",
  "bad-input",
  "import",
  "import-no-js",
  "action-refusals",
  "authorization-matrix",
  "viewer-access",
];

export const WHOLE_ATLAS = SPECS.map((name) => new RegExp(`/e2e/${name}\\.spec\\.ts$`));
