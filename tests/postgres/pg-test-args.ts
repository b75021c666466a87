import { DATABASE_SPECS } from "@/e2e/database-specs";

/** What `npm run test:pg` runs: the Vitest part, the Playwright part, each with its own arguments, or null to skip it. */
export type PgTestParts = { unit: string[] | null; e2e: string[] | null } | { error: string };

const isSpec = (arg: string) => /\.spec\.ts$/.test(arg) || arg.startsWith("e2e/");

/**
 * `--unit-only` / `--e2e-only` run one part and pass every other argument to it (options too).
 * Without them, file names choose: *.spec.ts and e2e/… go to Playwright, the rest to Vitest, and a
 * part no file was named for is skipped; no files at all runs both parts whole. `--database-specs`
 * (CI) runs the Vitest part whole and, of the Playwright suite, the specs of e2e/database-specs.ts.
 */
export function parsePgTestArgs(args: string[]): PgTestParts {
  if (args.includes("--database-specs")) {
    return args.length === 1 ? { unit: [], e2e: [...DATABASE_SPECS] } : { error: "--database-specs takes no other arguments" };
  }
  const unitOnly = args.includes("--unit-only");
  const e2eOnly = args.includes("--e2e-only");
  const rest = args.filter((a) => a !== "--unit-only" && a !== "--e2e-only");
  if (unitOnly && e2eOnly) return { error: "--unit-only and --e2e-only exclude each other" };
  if (unitOnly) return { unit: rest, e2e: null };
  if (e2eOnly) return { unit: null, e2e: rest };
  const option = rest.find((a) => a.startsWith("-"));
  if (option) return { error: `${option} is for one part: add --unit-only (Vitest) or --e2e-only (Playwright)` };
  if (rest.length === 0) return { unit: [], e2e: [] };
  const specs = rest.filter(isSpec);
  const units = rest.filter((a) => !isSpec(a));
  return { unit: units.length ? units : null, e2e: specs.length ? specs : null };
}
