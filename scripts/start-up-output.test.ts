import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * What `npm start` prints before it serves, on a fresh database with no settings: the migrations and
 * the seed (scripts/prepare-db.sh, run by scripts/start.sh) and better-auth's start (the first
 * request's). None of the notices a newcomer cannot act on may be among it (issue #15).
 */
const NOTICES = [/url will NOT be used/i, /skipping environment variable loading/i, /Base URL is not set/i, /\bwarn(ing)?\b/i, /prisma.*update available/i];

const dir = mkdtempSync(path.join(tmpdir(), "atlas-start-"));
// No settings, as on a fresh clone: only the database file is moved out of the way.
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${path.join(dir, "atlas.db")}` };
delete env.BETTER_AUTH_URL;
/** Standard output and error together, in the order printed, as a terminal shows them. */
const runBoth = (cmd: string, args: string[]) => execFileSync("bash", ["-c", `"$0" "$@" 2>&1`, cmd, ...args], { env, encoding: "utf8" });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("start-up output", () => {
  it("prepare-db says what it did and nothing else", { timeout: 180_000 }, () => {
    const out = runBoth("bash", ["scripts/prepare-db.sh"]);
    expect(out).toMatch(/All migrations have been successfully applied|No pending migrations/);
    expect(out).toMatch(/Seeded \d+ incidents/);
    for (const notice of NOTICES) expect(out).not.toMatch(notice);
  });

  it("better-auth starts without a notice when BETTER_AUTH_URL is not set", { timeout: 60_000 }, () => {
    const out = runBoth("npx", ["--no-install", "tsx", "--conditions=react-server", "tests/start-up/auth-start.ts"]);
    expect(out).toContain("auth ready");
    for (const notice of NOTICES) expect(out).not.toMatch(notice);
  });
});
