import { largeArticle } from "./large-article";
import { syntheticAcledCsv } from "@/scripts/import/synthetic-acled";

/**
 * A heavy request the resilience bench runs while it times a small one; resolves to what it did.
 * `warmUp` makes one small request of the same kind first: a fresh server loads a route's code on
 * its first request, which would otherwise be timed as if the heavy work had stalled the server.
 */
export type HeavyRequest = { name: string; run: (url: string, auth: string) => Promise<string>; warmUp: (url: string, auth: string) => Promise<void> };

const drain = async (response: Response | Promise<Response>) => void (await (await response).arrayBuffer());

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** The whole database as CSV, read as fast as the client can (the export that froze the server). */
export const fullExport: HeavyRequest = {
  name: "export of every incident as CSV, read by a fast client",
  run: async (url) => {
    const started = performance.now();
    const response = await fetch(`${url}/api/export.csv`);
    const reader = response.body!.getReader();
    let bytes = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.length;
    return `${response.status}, ${(bytes / 1e6).toFixed(0)} MB in ${seconds(started)}`;
  },
  warmUp: (url) => drain(fetch(`${url}/api/export.csv?from=2024-03-16&to=2024-03-16`)),
};

/** Four articles just under the size limit, read at once. */
export const largeExtractions: HeavyRequest = {
  name: "four large extractions at once (99,000 characters each)",
  run: async (url, auth) => {
    const started = performance.now();
    const text = largeArticle();
    const statuses = await Promise.all(
      [1, 2, 3, 4].map(async () => {
        const response = await fetch(`${url}/api/extract`, {
          method: "POST",
          headers: { authorization: auth, "content-type": "application/json" },
          body: JSON.stringify({ text }),
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    return `${statuses.join(", ")} in ${seconds(started)}`;
  },
  warmUp: (url, auth) =>
    drain(
      fetch(`${url}/api/extract`, {
        method: "POST",
        headers: { authorization: auth, "content-type": "application/json" },
        body: JSON.stringify({ text: "Two soldiers were killed in Mir Ali on Saturday." }),
      }),
    ),
};

/** Upload, preview and confirm 100,000 ACLED rows (writes them: the bench runs on a copy of its database). */
export const largeImport: HeavyRequest = {
  name: "import of 100,000 ACLED rows: upload, preview, confirm",
  run: async (url, auth) => {
    const started = performance.now();
    const form = new FormData();
    form.set("file", new Blob([syntheticAcledCsv(100_000)], { type: "text/csv" }), "bench.csv");
    const upload = () => fetch(`${url}/api/imports`, { method: "POST", headers: { authorization: auth }, body: form });
    // fetch may send the upload on a kept-alive connection the server is just closing (EPIPE), and
    // does not retry a POST itself.
    const preview = await upload().catch(upload);
    const { token, counts } = (await preview.json()) as { token: string; counts: { create: number } };
    const previewed = seconds(started);
    const confirm = await fetch(`${url}/api/imports/${token}`, { method: "POST", headers: { authorization: auth } });
    const lines = (await confirm.text()).trim().split("\n");
    return `preview ${preview.status} (${counts.create} to create) after ${previewed}; confirm ${lines.at(-1)} after ${seconds(started)}`;
  },
  // A ten-row preview, then discarded: nothing is written.
  warmUp: async (url, auth) => {
    const form = new FormData();
    form.set("file", new Blob([syntheticAcledCsv(10)], { type: "text/csv" }), "warm-up.csv");
    const { token } = (await (await fetch(`${url}/api/imports`, { method: "POST", headers: { authorization: auth }, body: form })).json()) as { token: string };
    await drain(fetch(`${url}/api/imports/${token}`, { method: "DELETE", headers: { authorization: auth } }));
  },
};

/** The heavy requests that need nothing from the database but an API token; resilience.ts adds the no-JavaScript form posts. */
export const HEAVY_REQUESTS: HeavyRequest[] = [fullExport, largeExtractions, largeImport];
