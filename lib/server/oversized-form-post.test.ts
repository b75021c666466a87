import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { refuseOversizedFormPost } from "./oversized-form-post";

const MAX = 1024;
let running: Server | undefined;

async function server() {
  const seen: string[] = [];
  running = createServer((req, res) => {
    if (refuseOversizedFormPost(req, res, MAX)) return;
    req.resume();
    req.on("end", () => {
      seen.push(`${req.method} ${req.url}`);
      res.end("handled");
    });
  });
  await new Promise<void>((resolve) => running!.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(running.address() as AddressInfo).port}`, seen };
}

afterEach(() => {
  running?.closeAllConnections();
  running?.close();
});

describe("oversized form posts", () => {
  it("answers a page's post over the limit with 413 and a page saying what to do, without handing it on", async () => {
    const { base, seen } = await server();
    const response = await fetch(`${base}/import?x=<b>`, { method: "POST", body: "x".repeat(MAX + 1) });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain("<h1>This form was too large to send</h1>");
    expect(html).toContain('<a href="/import">Go back to the form</a>');
    expect(seen).toEqual([]);
  });

  it("hands on posts within the limit, API posts of any size, and other methods", async () => {
    const { base, seen } = await server();
    expect((await fetch(`${base}/import`, { method: "POST", body: "x".repeat(MAX) })).status).toBe(200);
    expect((await fetch(`${base}/api/imports`, { method: "POST", body: "x".repeat(MAX * 2) })).status).toBe(200);
    expect((await fetch(`${base}/import`)).status).toBe(200);
    expect(seen).toEqual(["POST /import", "POST /api/imports", "GET /import"]);
  });
});
