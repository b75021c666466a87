import type { Page } from "@playwright/test";

export type FormField = { name: string; type: string; value: string };
export type ActionForm = {
  /** The submit button's text, to name the form in a failure. */
  label: string;
  /** Next's hidden fields ($ACTION_ID_…, $ACTION_REF_…, $ACTION_KEY…): sent as they are. */
  actionFields: FormField[];
  /** Everything a person fills in or a component puts in a hidden field: what the fuzz varies. */
  fields: FormField[];
  /** Whether the action was bound to values in the page (an incident's id, a user's), not only to its previous state. */
  bound: boolean;
};

/**
 * The server-action forms of a page as the server rendered them, in the format a browser without
 * JavaScript posts (open the page with javaScriptEnabled: false). Works whether an action gets its
 * ids by .bind() or from hidden fields.
 */
export async function readActionForms(page: Page): Promise<ActionForm[]> {
  const forms = await page.locator("form").evaluateAll((elements) =>
    elements.map((form) => {
      const controls = [...(form as HTMLFormElement).elements] as HTMLInputElement[];
      // A browser sends the one submit button pressed: here the first, as pressing Enter does.
      const submit = controls.find((c) => c.type === "submit");
      const all = controls
        .filter((c) => (c.type === "submit" ? c === submit : true))
        .filter((c) => (c.name && !(c.type === "checkbox" || c.type === "radio") ? true : c.name && c.checked))
        .map((c) => ({ name: c.name, type: c.type, value: c.value }));
      return { label: submit?.textContent?.trim() || submit?.value || "(no button)", all };
    }),
  );
  return forms
    .filter((f) => f.all.some((c) => c.name.startsWith("$ACTION")))
    .map(({ label, all }) => {
      const actionFields = all.filter((c) => c.name.startsWith("$ACTION"));
      // useActionState binds the previous state (an object); ids bound with .bind() are strings or numbers.
      const bound = actionFields.some((c) => /^\$ACTION_\d+:\d+$/.test(c.name) && boundValues(c.value).some((v) => v === null || typeof v !== "object"));
      return { label, actionFields, fields: all.filter((c) => !c.name.startsWith("$ACTION")), bound };
    });
}

/** The values a field $ACTION_n:m holds when it is a bound-arguments list; none otherwise. */
function boundValues(value: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}
