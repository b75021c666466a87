import type { HeavyRequest } from "./heavy-requests";

const POSTS = 20;
const ENTITIES: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">" };
const decode = (s: string) => s.replace(/&(?:quot|amp|#x27|#39|lt|gt);/g, (e) => ENTITIES[e]!);
const attribute = (tag: string, name: string) => {
  const m = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return m ? decode(m[1]!) : null;
};

/** The named fields of the page's form that holds `field`, as a browser without JavaScript would send them. */
function formFields(html: string, field: string): FormData {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(`name="${field}"`));
  if (!form) throw new Error(`no form with a ${field} field on the page`);
  const data = new FormData();
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    if (name) data.append(name, attribute(tag, "value") ?? "");
  }
  return data;
}

/**
 * Issue #19, finding 1: an invitation form posted in the browser's no-JavaScript format with two
 * different passwords stalled the whole server. Posts it `POSTS` times, one after another, as a
 * browser would (the page's own hidden fields, its Origin), and checks each answer is the page
 * with the message.
 */
export function noJsInvitePosts(inviteToken: string): HeavyRequest {
  return {
    name: `${POSTS} invitation form posts without JavaScript (passwords that differ)`,
    run: async (url) => {
      const started = performance.now();
      const statuses = new Map<string, number>();
      for (let i = 0; i < POSTS; i++) {
        const key = await postDifferentPasswords(url, inviteToken);
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
      }
      const summary = [...statuses].map(([k, n]) => `${n} × ${k}`).join(", ");
      return `${summary} in ${((performance.now() - started) / 1000).toFixed(1)} s`;
    },
    warmUp: async (url) => void (await postDifferentPasswords(url, inviteToken)),
  };
}

/** One post, as a browser without JavaScript sends it (the page's own hidden fields, its Origin); says what came back. */
async function postDifferentPasswords(url: string, inviteToken: string): Promise<string> {
  const page = await fetch(`${url}/invite/${inviteToken}`);
  const data = formFields(await page.text(), "confirmPassword");
  data.set("password", "a bench password");
  data.set("confirmPassword", "another bench password");
  const answer = await fetch(`${url}/invite/${inviteToken}`, { method: "POST", body: data, headers: { origin: url } });
  const shown = (await answer.text()).includes("The two passwords differ");
  return `${answer.status}${shown ? " with the message" : " WITHOUT the message"}`;
}
