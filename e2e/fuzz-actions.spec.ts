import fc from "fast-check";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { nastyFile, nastyString } from "./fuzz/arbitraries";
import { acledFile } from "./acled-file";
import { readActionForms, type ActionForm } from "./fuzz/read-forms";
import { idMarks, removeCreatedAfter, rowCounts } from "./fuzz/row-counts";
import { E2E_EMAIL_DOMAIN } from "./auth-session";
import { createInvite } from "@/lib/auth/invites";

/**
 * Random values in every field of the server-action forms, posted the way a browser without JavaScript
 * posts them, through the real server: no answer is a 5xx, and an answer that shows a problem wrote
 * nothing. The forms are read from each page, so the fuzz follows the forms.
 * The Users page's per-row forms (a role, deactivating, revoking an invitation) carry their row's id in a
 * hidden field: every id posted is a throwaway user's or invitation's, or random, so only those can change.
 * Forms that differ only by their row are fuzzed once.
 * File fields get random files: ACLED-like rows with nasty cells, random bytes, or nothing.
 * Not fuzzed: sign-in (its limits would lock the client out) and setup (only before the first account).
 * New from article's first step is fuzzed; past ten posts a minute its refusals are the rate limit's.
 */
test.use({ javaScriptEnabled: false });
// A few hundred form posts, beside the other specs on two cores: a hang, not a slow run, should fail.
test.describe.configure({ timeout: 240_000 });

type Db = Parameters<typeof rowCounts>[0];

/**
 * How a page without JavaScript answers a refused submit: an alert, a field's error, a marked field,
 * or the action's typed result in the form's state field ({"status":"error",…}).
 */
const REFUSAL = /role="alert"|class="field-error"|aria-invalid="true"|class="notice error"|&quot;status&quot;:&quot;(error|invalid|duplicates|conflict)&quot;/;

/** A random value that could name a real row by its number (an invitation's id): never sent in a hidden field. */
const COULD_BE_AN_ID = /^\s*\+?0*[1-9]\d{0,15}\s*$/;

/** Each field kept, replaced by a random value, or left out; hidden fields (ids) never keep a real row's value unless allowed. */
function submissions(form: ActionForm, safeIds: string[]) {
  const field = (f: ActionForm["fields"][number]) => {
    if (f.type === "file") return fc.oneof(nastyFile, fc.constant(undefined)).map((value) => [f.name, value] as const);
    const replaced =
      f.type === "hidden"
        ? fc.oneof(
            nastyString.filter((v) => !COULD_BE_AN_ID.test(v)),
            fc.constantFrom(...safeIds, ""),
          )
        : nastyString;
    const options = f.type === "hidden" && !safeIds.includes(f.value) ? [replaced] : [fc.constant(f.value), replaced];
    return fc.oneof(...options, fc.constant(undefined)).map((value) => [f.name, value] as const);
  };
  const extra = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), nastyString), { maxLength: 2 });
  return fc.tuple(fc.tuple(...form.fields.map(field)), extra).map(([fields, extras]) => {
    const body: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = {};
    for (const [name, value] of [...fields, ...extras]) if (value !== undefined && !name.startsWith("$ACTION")) body[name] = value;
    for (const f of form.actionFields) body[f.name] = f.value;
    return body;
  });
}

type FuzzOptions = {
  numRuns: number;
  safeIds?: string[];
  bound?: boolean;
  /** Rows a refusal must leave as they were beyond the row counts (a throwaway user's role, say). */
  watched?: () => Promise<unknown>;
  /** Brings the page to the state whose forms are fuzzed (by default: opens `path`). */
  open?: (page: Page) => Promise<unknown>;
};

/** The server action a form posts to: named by $ACTION_ID_<id>, or the id inside $ACTION_<n>:0 when it carries a state. */
function actionIdOf(form: ActionForm): string {
  for (const a of form.actionFields) {
    if (a.name.startsWith("$ACTION_ID_")) return a.name;
    if (/^\$ACTION_\d+:0$/.test(a.name)) return String((JSON.parse(a.value) as { id?: unknown }).id);
  }
  return form.label;
}

/**
 * One form per action and set of field names: the same form on every row of a table is one form. The
 * row kept is one the fuzz never acts on where there is one: a row it revokes leaves the page, and with
 * it the form's answer, so a refusal there would not show.
 */
function oneOfEach(forms: ActionForm[], safeIds: string[]) {
  const actsOnSafeRow = (f: ActionForm) => f.fields.some((x) => x.type === "hidden" && safeIds.includes(x.value));
  const ordered = [...forms.filter((f) => !actsOnSafeRow(f)), ...forms.filter(actsOnSafeRow)];
  const seen = new Set<string>();
  return ordered.filter((f) => {
    const key = [actionIdOf(f), ...f.fields.map((x) => x.name)].join("|");
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Fuzzes each server-action form of the page; returns the forms' labels (their submit buttons' text). */
async function fuzzForms(page: Page, db: Db, path: string, { numRuns, safeIds = [], bound = false, watched = async () => null, open }: FuzzOptions) {
  await (open ? open(page) : page.goto(path));
  // A form with no fields has nothing to vary (and the header's one signs the fuzzing user out).
  const forms = oneOfEach(
    (await readActionForms(page)).filter((f) => f.fields.length > 0 && (bound || !f.bound)),
    safeIds,
  );
  expect(forms.length, `server-action forms on ${path}`).toBeGreaterThan(0);
  const origin = new URL(page.url()).origin;
  for (const form of forms) {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(submissions(form, safeIds), async (multipart) => {
        const before = { counts: await rowCounts(db), watched: await watched() };
        const res = await page.request.post(path, { multipart, maxRedirects: 0, headers: { origin }, timeout: 20_000 });
        const html = await res.text();
        expect(res.status(), `${path} "${form.label}": ${html.slice(0, 300)}`).toBeLessThan(500);
        if (!REFUSAL.test(html)) return;
        refused += 1;
        expect({ counts: await rowCounts(db), watched: await watched() }, `${path} "${form.label}" showed a problem`).toEqual(before);
      }),
      { numRuns: Math.max(10, Math.round(numRuns / forms.length)) },
    );
    // Random values are refused now and then: none refused means the posts never reached the action.
    expect(refused, `${path} "${form.label}": refusals`).toBeGreaterThan(0);
  }
  return forms.map((f) => f.label);
}

test("an analyst's forms: new incident, edit, account", async ({ page, db, signInAs, makeIncident }) => {
  await signInAs("analyst");
  const id = await makeIncident({ title: "E2E fuzz: incident to edit", eventDate: "2016-08-08" });
  const marks = await idMarks(db);
  try {
    await fuzzForms(page, db, "/incidents/new", { numRuns: 80 });
    await fuzzForms(page, db, `/incidents/${id}/edit`, { numRuns: 80, safeIds: [String(id)], bound: true });
    await fuzzForms(page, db, "/account", { numRuns: 40 });
  } finally {
    await removeCreatedAfter(db, marks);
  }
});

test("an admin's forms: invite, rename, allow sign-in, and each row's role, deactivate and revoke", async ({ page, db, signInAs, makeUser }) => {
  await signInAs("admin");
  const before = await db.invite.aggregate({ _max: { id: true } });
  const other = await makeUser("viewer");
  const invitation = async (name: string) => {
    const made = await createInvite(db, { name, email: `fuzz-${name.length}-${Date.now()}@${E2E_EMAIL_DOMAIN}`, role: "viewer" }, null);
    if ("error" in made) throw new Error("could not invite");
    return made;
  };
  // The fuzz may revoke `invite`; the Revoke form it varies is `kept`'s, whose row stays to show the answer.
  const invite = await invitation("E2E fuzz invitee");
  await invitation("E2E fuzz invitee kept");
  const watched = async () => ({
    user: await db.user.findUnique({ where: { id: other.id }, select: { role: true, active: true, name: true } }),
    invite: await db.invite.findUnique({ where: { id: invite.id }, select: { id: true } }),
  });
  try {
    // "true"/"false" let the deactivate form's hidden `active` be a real answer now and then.
    const fuzzed = await fuzzForms(page, db, "/admin/users", { numRuns: 120, safeIds: [other.id, String(invite.id), "true", "false"], watched });
    expect(fuzzed).toEqual(expect.arrayContaining(["Change role", "Deactivate", "Revoke"]));
  } finally {
    await db.invite.deleteMany({ where: { id: { gt: before._max.id ?? 0 } } });
  }
});

test("an analyst's import and article forms: upload, confirm, and New from article", async ({ page, db, signInAs }) => {
  await signInAs("analyst");
  const tag = `fuzz${Date.now().toString(36)}`;
  const marks = await idMarks(db);
  try {
    expect(await fuzzForms(page, db, "/import", { numRuns: 24 })).toEqual(["Preview import"]);
    await fuzzForms(page, db, "/incidents/new/from-article", { numRuns: 20 });

    // The confirm form is the preview's answer, so it is fuzzed in the browser: upload a file that
    // imports, put random values in the form's fields, press Import.
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.tuple(nastyString, fc.array(nastyString, { maxLength: 3 })), async ([token, overwrite]) => {
        await page.goto("/import");
        await page.getByLabel("File to import").setInputFiles({ name: "acled.csv", mimeType: "text/csv", buffer: Buffer.from(acledFile(tag)) });
        await page.getByRole("button", { name: "Preview import" }).click();
        await expect(page.getByRole("heading", { name: "Preview of acled.csv" })).toBeVisible();
        const before = await rowCounts(db);
        await page.locator("form:has(input[name=token])").evaluate(
          (form, { token, overwrite }) => {
            (form.querySelector("input[name=token]") as HTMLInputElement).value = token;
            for (const value of overwrite) {
              const input = document.createElement("input");
              Object.assign(input, { type: "hidden", name: "overwrite", value });
              form.append(input);
            }
          },
          { token, overwrite },
        );
        const answer = page.waitForResponse((r) => r.request().method() === "POST");
        await page.getByRole("button", { name: "Import 2 incidents" }).click();
        expect((await answer).status()).toBeLessThan(500);
        await expect(page.getByRole("alert").or(page.getByRole("status").filter({ hasText: "Import complete" }))).toBeVisible();
        if (await page.getByRole("alert").isVisible()) {
          refused += 1;
          expect(await rowCounts(db)).toEqual(before);
        }
      }),
      { numRuns: 8 },
    );
    expect(refused).toBeGreaterThan(0);
  } finally {
    await removeCreatedAfter(db, marks);
    await db.actor.deleteMany({ where: { name: `E2E Group ${tag}` } });
  }
});
