import type { IncomingMessage, ServerResponse } from "node:http";

/** Past this many bytes read from a refused body the connection is cut rather than drained further. */
const DRAIN_AT_MOST_FACTOR = 4;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(backTo: string, maxBytes: number): string {
  const mb = Math.floor(maxBytes / 1024 / 1024);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Too large to send · Incident Atlas</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#0b57a4}</style>
</head><body><main>
<h1>This form was too large to send</h1>
<p>Atlas accepts at most ${mb} MB in one form. Nothing was saved. If you were importing a file, split it into parts of less than ${mb} MB and import each part.</p>
<p><a href="${escapeHtml(backTo)}">Go back to the form</a></p>
</main></body></html>`;
}

/**
 * Answers a page's form post whose body is over `maxBytes` with a 413 page that says what to do,
 * before Next.js reads it. Without JavaScript the import page posts its file to a server action, and
 * Next.js answers an action body over its limit with its generic error page. API routes refuse large
 * bodies themselves, with JSON, and are left alone. The body is drained (discarded, not kept) before
 * the answer: browsers still sending it would otherwise see the connection reset, not the page.
 * Returns whether the request was answered.
 */
export function refuseOversizedFormPost(req: IncomingMessage, res: ServerResponse, maxBytes: number): boolean {
  const url = req.url ?? "/";
  if (req.method !== "POST" || url.startsWith("/api/")) return false;
  const length = Number(req.headers["content-length"]);
  if (!Number.isFinite(length) || length <= maxBytes) return false;
  let read = 0;
  req.on("data", (chunk: Buffer) => {
    read += chunk.length;
    if (read > DRAIN_AT_MOST_FACTOR * maxBytes) req.destroy();
  });
  req.on("end", () => {
    res.writeHead(413, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "X-Frame-Options": "DENY",
      Connection: "close",
    });
    res.end(page(url.split("?")[0]!, maxBytes));
  });
  return true;
}
