import { test as base, expect, type Page, type Response } from "@playwright/test";
import { createDb, type Db } from "@/lib/create-db";
import { IncidentInputSchema, type IncidentInput } from "@/lib/incidents/schema";
import { insertIncident } from "@/lib/incidents/write/write-incident";
import { buildIncident } from "@/prisma/factories";
import type { Role } from "@/lib/auth/roles";
import { generateApiToken, hashApiToken, tokenDisplayPrefix } from "@/lib/auth/api-token";
import { createTestUser, signInContext, type TestUser } from "./auth-session";

/** The e2e server's database (scripts/e2e-server.sh); fixtures write to it through Prisma. */
const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

export type E2eWorkerOptions = {
  /** The database of the project's server: the whole-atlas project has its own (playwright.config.ts). */
  databaseUrl: string;
};

type WorkerFixtures = E2eWorkerOptions & {
  /** One client per worker: on PostgreSQL a new client opens its connections again (~0.3 s a test). */
  db: Db;
};

type Fixtures = {
  /** Creates an incident for this test only (deleted afterwards) and returns its id. */
  makeIncident: (overrides?: Partial<IncidentInput>) => Promise<number>;
  /** Creates a user for this test only (password E2E_PASSWORD); removed afterwards with their sign-in limits. */
  makeUser: (role: Role, name?: string) => Promise<TestUser>;
  /** Creates a user and signs this test's browser context in as them, without the UI. */
  signInAs: (role: Role, name?: string) => Promise<TestUser>;
  /** Creates a user with an API token; `headers` authorise API requests as them (no cookie, no origin check). */
  apiTokenAs: (role: Role) => Promise<{ user: TestUser; token: string; headers: Record<string, string> }>;
};

let counter = 0;

/**
 * Resolves once React has hydrated every form on the page. A form submitted while React hydrates
 * is dropped (no action runs, no message shows): on a loaded machine Playwright can click between
 * the load event and hydration, which made form tests fail now and then in CI.
 */
async function formsHydrated(page: Page): Promise<void> {
  await page
    .waitForFunction(() => [...document.forms].every((form) => Object.keys(form).some((key) => key.startsWith("__reactFiber$"))), undefined, {
      timeout: 15_000,
    })
    .catch(() => undefined);
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  // With JavaScript on, goto() and reload() return once the page's forms are hydrated (formsHydrated).
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      const settled = async (response: Response | null, waitUntil: string | undefined) => {
        if (waitUntil !== "commit" && (response?.headers()["content-type"] ?? "").startsWith("text/html")) await formsHydrated(page);
        return response;
      };
      page.goto = async (url, options) => settled(await goto(url, options), options?.waitUntil);
      page.reload = async (options) => settled(await reload(options), options?.waitUntil);
    }
    await use(page);
  },
  databaseUrl: [E2E_DATABASE_URL, { scope: "worker", option: true }],
  db: [
    async ({ databaseUrl }, use) => {
      const db = createDb(databaseUrl);
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  makeIncident: async ({ db }, use) => {
    const created: number[] = [];
    await use(async (overrides = {}) => {
      counter += 1;
      const n = Date.now() * 100 + counter;
      const id = await insertIncident(db, IncidentInputSchema.parse(buildIncident(overrides, n)));
      created.push(id);
      return id;
    });
    await db.incident.deleteMany({ where: { id: { in: created } } });
    await db.source.deleteMany({ where: { incidents: { none: {} }, url: { startsWith: "https://news.example.org/" } } });
  },
  makeUser: async ({ db }, use) => {
    const created: TestUser[] = [];
    await use(async (role, name) => {
      const user = await createTestUser(db, role, name);
      created.push(user);
      return user;
    });
    await db.user.deleteMany({ where: { id: { in: created.map((u) => u.id) } } });
    // This test's accounts only: another test running beside it may be counting its own failures.
    await db.signInLimit.deleteMany({ where: { account: { in: created.map((u) => u.email.toLowerCase()) } } });
  },
  signInAs: async ({ db, makeUser, context, baseURL }, use) => {
    await use(async (role, name) => {
      const user = await makeUser(role, name);
      await signInContext(db, context, baseURL!, user.id);
      return user;
    });
  },
  apiTokenAs: async ({ db, makeUser }, use) => {
    await use(async (role) => {
      const user = await makeUser(role);
      const token = generateApiToken();
      await db.apiToken.create({ data: { userId: user.id, name: "e2e", tokenHash: hashApiToken(token), tokenPrefix: tokenDisplayPrefix(token) } });
      return { user, token, headers: { authorization: `Bearer ${token}` } };
    });
  },
});

export { expect };
