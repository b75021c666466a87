import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { findMutations } from "./find-mutations";
import { GUARD_PENDING, MUTATION_ACTION, MUTATION_MIN_ROLE, type MinRole } from "./authorization-matrix";
import { roleAtLeast, ROLES, type Role } from "./roles";
import type { CurrentUser } from "./current-user";

// Hoisted above the imports: this file's modules load anew, with its mocks (tests/own-module-graph.ts).
await vi.hoisted(async () => (await import("@/tests/own-module-graph")).ownModuleGraph());

/**
 * The server-action half of the authorization matrix (route handlers are exercised over HTTP in
 * e2e/authorization-matrix.spec.ts). Actions have no stable URL, so each is called here with the
 * signed-in user mocked to each role. The database and better-auth are replaced by a tripwire: an
 * action that touches them got past its guard. Nothing is written anywhere.
 */
const { PastGuard, tripwire, signedIn } = vi.hoisted(() => {
  class PastGuard extends Error {}
  const tripwire: object = new Proxy(() => {}, {
    get: (_t, prop) => (prop === "then" ? undefined : tripwire),
    apply: () => {
      throw new PastGuard("reached the database or the auth library");
    },
  });
  return { PastGuard, tripwire, signedIn: { user: null as CurrentUser | null } };
});

class Redirect extends Error {
  constructor(readonly to: string) {
    super(`redirect ${to}`);
  }
}

vi.mock("@/lib/db.server", () => ({ db: tripwire }));
vi.mock("@/lib/auth/auth.server", () => ({ auth: tripwire }));
vi.mock("@/lib/auth/current-user.server", () => ({ getCurrentUser: async () => signedIn.user, userFromSessionHeaders: async () => signedIn.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Redirect(to);
  },
  notFound: () => {
    throw new Redirect("/404");
  },
}));

const ROOT = path.resolve(import.meta.dirname, "../..");
const found = findMutations(ROOT);
const actions = found.filter((m) => m.kind === "action");

const idle = { status: "idle" } as const;
const form = (entries: Record<string, string> = {}) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) fd.set(k, v);
  return fd;
};

/** Arguments that pass each action's own parsing, so only the guard can stop it. */
const ARGS: Record<string, () => unknown[]> = {
  updateIncidentAction: () => [1, idle, form({ title: "x", version: "1" })],
  deleteIncidentAction: () => [idle, form({ incidentId: "1" })],
  restoreIncidentAction: () => [idle, form({ incidentId: "1" })],
  restoreVersionAction: () => [1, 1, 2],
  revokeTokenAction: () => [idle, form({ tokenId: "1" })],
  createTokenAction: () => [idle, form({ name: "matrix" })],
  setRoleAction: () => [idle, form({ userId: "user-1", role: "viewer" })],
  setActiveAction: () => [idle, form({ userId: "user-1", active: "false" })],
  renameUserAction: () => [idle, form({ userId: "user-1", name: "Matrix renamed" })],
  allowSignInAction: () => [idle, form({ userId: "user-1" })],
  inviteUserAction: () => [idle, form({ name: "Matrix invitee", email: "invitee@matrix.invalid", role: "viewer" })],
  revokeInviteAction: () => [idle, form({ inviteId: "1" })],
  addArticleSourceAction: () => [idle, form({ incidentId: "1", text: "An article.", url: "https://news.example.org/a", outlet: "Dawn" })],
};

const DENIAL = /Sign in to do this|may not do this|need \w+ access/;

/**
 * "denied" when the guard stopped the call with a returned denial (or a redirect to sign-in); else
 * "allowed". A thrown denial fails the test: in the server it answers 500 and logs a stack trace.
 */
async function outcome(call: () => Promise<unknown>): Promise<"allowed" | "denied"> {
  try {
    const result = (await call()) as { status?: string; message?: string; fieldErrors?: Record<string, string[]> } | undefined;
    const messages = [result?.message, ...(result?.fieldErrors?.form ?? [])].filter(Boolean).join(" ");
    return result?.status === "error" && DENIAL.test(messages) ? "denied" : "allowed";
  } catch (error) {
    if (error instanceof PastGuard) return "allowed";
    if (error instanceof Redirect) return error.to.startsWith("/login") ? "denied" : "allowed";
    throw error;
  }
}

const user = (role: Role): CurrentUser => ({ id: `matrix-${role}`, name: `Matrix ${role}`, email: `${role}@matrix.invalid`, role });
const expected = (min: MinRole, who: "anonymous" | Role) => (min === "anonymous" || (who !== "anonymous" && roleAtLeast(who, min)) ? "allowed" : "denied");

describe("authorization matrix: every mutation is listed", () => {
  it("finds the mutations in the source", () => {
    expect(found.length).toBeGreaterThan(10);
    expect(actions.length).toBeGreaterThan(5);
  });

  it("lists exactly the mutating route handlers and server actions found in app/", () => {
    expect(found.map((m) => m.key).sort()).toEqual(Object.keys(MUTATION_MIN_ROLE).sort());
  });

  it("guards each mutation with the action the matrix names, so code and matrix share one vocabulary", () => {
    for (const m of found) {
      const action = MUTATION_ACTION[m.key];
      if (!action || action === "anonymous") continue;
      const source = readFileSync(path.join(ROOT, m.file), "utf8");
      const start = source.search(new RegExp(`export\\s+(async\\s+function|const|function)\\s+${m.name}\\b`));
      const end = source.indexOf("\nexport ", start + 1);
      expect(start, `${m.key} is exported as a function`).toBeGreaterThanOrEqual(0);
      expect(source.slice(start, end === -1 ? undefined : end), `${m.key} should check "${action}"`).toMatch(
        new RegExp(`authorize(Action\\(|ApiRequest\\(request, )"${action}"\\)`),
      );
    }
  });
});

describe.each(actions.filter((a) => MUTATION_MIN_ROLE[a.key] !== "anonymous"))("server action $key", ({ key, file, name }) => {
  const min = MUTATION_MIN_ROLE[key] ?? "admin";
  beforeEach(() => {
    signedIn.user = null;
  });

  for (const who of ["anonymous", ...ROLES] as const) {
    const check = GUARD_PENDING[key] && expected(min, who) === "denied" ? it.fails : it;
    check(`${who}: ${expected(min, who)}`, async () => {
      signedIn.user = who === "anonymous" ? null : user(who);
      const mod = (await import(path.join(ROOT, file))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
      const args = ARGS[name]?.() ?? [idle, form()];
      expect(await outcome(() => mod[name]!(...args))).toBe(expected(min, who));
    });
  }
});
