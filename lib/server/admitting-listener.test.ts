import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { admittingListener } from "./admitting-listener";

/** A real http server whose handler keeps every answer open until the test ends it. */
async function serverHolding(limits = { concurrency: 2, releaseAfterMs: 60_000, maxWaiting: 2 }) {
  const open: { url: string; res: ServerResponse }[] = [];
  const listener = admittingListener(async (req, res) => {
    if (req.url === "/fails") throw new Error("handler failed");
    open.push({ url: req.url!, res });
  }, limits);
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, base, open, admission: listener.admission };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

let running: Server | undefined;
afterEach(() => {
  running?.closeAllConnections();
  running?.close();
  vi.restoreAllMocks();
});

describe("admitting listener on a real http server", () => {
  it("runs two requests at once, starts the waiting ones in arrival order, and refuses beyond the queue with 503", async () => {
    const { server, base, open, admission } = await serverHolding();
    running = server;
    const answers = ["/a", "/b", "/c", "/d"].map((p) => fetch(base + p));
    await until(() => admission.running() === 2 && admission.waiting() === 2);
    expect(open.map((o) => o.url).sort()).toEqual(["/a", "/b"]);

    const refused = await fetch(`${base}/e`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(await refused.text()).toMatch(/busy/);

    open.find((o) => o.url === "/a")!.res.end("a");
    await until(() => open.length === 3);
    expect(open[2]!.url).toBe("/c");
    open.find((o) => o.url === "/b")!.res.end("b");
    await until(() => open.length === 4);
    expect(open[3]!.url).toBe("/d");
    for (const o of open.slice(2)) o.res.end(o.url);
    expect(await Promise.all(answers.map(async (a) => (await a).text()))).toEqual(["a", "b", "/c", "/d"]);
    await until(() => admission.running() === 0);
  });

  it("serves static files at once, past a full queue", async () => {
    const { server, base, open, admission } = await serverHolding({ concurrency: 1, releaseAfterMs: 60_000, maxWaiting: 0 });
    running = server;
    void fetch(`${base}/page`).catch(() => {});
    await until(() => admission.running() === 1);
    void fetch(`${base}/_next/static/chunks/app.js`).catch(() => {});
    void fetch(`${base}/icon.svg`).catch(() => {});
    await until(() => open.length === 3);
    expect((await fetch(`${base}/other-page`)).status).toBe(503);
  });

  it("answers 500 when the handler fails, and frees the place", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { server, base, admission } = await serverHolding();
    running = server;
    const res = await fetch(`${base}/fails`);
    expect(res.status).toBe(500);
    await until(() => admission.running() === 0);
  });
});
