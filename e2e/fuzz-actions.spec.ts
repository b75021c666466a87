import fc from "fast-check";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { nastyString } from "./fuzz/arbitraries";
import { readActionForms, type ActionForm } from "./fuzz/read-forms";
import { idMarks, removeCreatedAfter, rowCounts } from "./fuzz/row-counts";

/**
 * Random values in every field of the server-action forms, posted the way a browser without JavaScript
 * posts them, through the real server: no answer is a 5xx, and an answer that shows a problem wrote
 * nothing. The forms are read from each page, so the fuzz follows the forms.
 * The from-article form is not a server-action form (it submits only with JavaScript); its action's
 * input is the same schema POST /api/extract checks, fuzzed in fuzz-api.spec.ts.
 * Not fuzzed: sign-in (its limits would lock the client out), setup (only before the first account),
 * and actions bound to other rows on the Users page (a role, deactivating, revoking an invitation:
 * they act on whoever is listed, and finding 1 of #19 hangs bound client-component forms).
 */
test.use({ javaScriptEnabled: false });
test.describe.configure({ timeout: 120_000 });

type Db = Parameters<typeof rowCounts>[0];

/**
 * How a page without JavaScript answers a refused submit: an alert, a field's error, a marked field,
 * or the action's typed result in the form's state field ({"status":"error",…}).
 */
const REFUSAL = /role="alert"|class="field-error"|aria-invalid="true"|class="notice error"|&quot;status&quot;:&quot;(error|invalid|duplicates|conflict)&quot;/;

/** Each field kept, replaced by a random value, or left out; hidden fields (ids) never keep a real row's value unless allowed. */
function submissions(form: ActionForm, safeIds: string[]) {
  const field = (f: ActionForm["fields"][number]) => {
    const replaced = f.type === "hidden" ? fc.oneof(nastyString, fc.constantFrom(...safeIds, "")) : nastyString;
    const options = f.type === "hidden" && !safeIds.includes(f.value) ? [replaced] : [fc.constant(f.value), replaced];
    return fc.oneof(...options, fc.constant(undefined)).map((value) => [f.name, value] as const);
  };
  const extra = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), nastyString), { maxLength: 2 });
  return fc.tuple(fc.tuple(...form.fields.map(field)), extra).map(([fields, extras]) => {
    const body: Record<string, string> = {};
    for (const [name, value] of [...fields, ...extras]) if (value !== undefined && !name.startsWith("$ACTION")) body[name] = value;
    for (const f of form.actionFields) body[f.name] = f.value;
    return body;
  });
}

async function fuzzForms(page: Page, db: Db, path: string, { numRuns, safeIds = [], bound = false }: { numRuns: number; safeIds?: string[]; bound?: boolean }) {
  await page.goto(path);
  // A form with no fields has nothing to vary (and the header's one signs the fuzzing user out).
  const forms = (await readActionForms(page)).filter((f) => f.fields.length > 0 && (bound || !f.bound));
  expect(forms.length, `server-action forms on ${path}`).toBeGreaterThan(0);
  const origin = new URL(page.url()).origin;
  for (const form of forms) {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(submissions(form, safeIds), async (multipart) => {
        const before = await rowCounts(db);
        const res = await page.request.post(path, { multipart, maxRedirects: 0, headers: { origin }, timeout: 20_000 });
        const html = await res.text();
        expect(res.status(), `${path} "${form.label}": ${html.slice(0, 300)}`).toBeLessThan(500);
        if (!REFUSAL.test(html)) return;
        refused += 1;
        expect(await rowCounts(db), `${path} "${form.label}" showed a problem`).toEqual(before);
      }),
      { numRuns: Math.max(10, Math.round(numRuns / forms.length)) },
    );
    // Random values are refused now and then: none refused means the posts never reached the action.
    expect(refused, `${path} "${form.label}": refusals`).toBeGreaterThan(0);
  }
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

test("an admin's forms: invite, rename, allow sign-in", async ({ page, db, signInAs, makeUser }) => {
  await signInAs("admin");
  const other = await makeUser("viewer");
  const before = await db.invite.aggregate({ _max: { id: true } });
  try {
    await fuzzForms(page, db, "/admin/users", { numRuns: 80, safeIds: [other.id] });
  } finally {
    await db.invite.deleteMany({ where: { id: { gt: before._max.id ?? 0 } } });
  }
});
