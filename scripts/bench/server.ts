import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import net from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const env = (extra: Record<string, string>) => ({ ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ...extra });

/** A production build in its own directory, so the bench never disturbs a dev server or the e2e build. */
export function build(distDir: string) {
  execFileSync("npx", ["--no-install", "next", "build"], { env: env({ NEXT_DIST_DIR: distDir }), stdio: "ignore" });
}

/** The production server (scripts/serve.ts) on the bench database, as `npm start` runs it, resolved once it answers. */
export async function start(distDir: string, databaseUrl: string): Promise<{ url: string; pid: number; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn("npx", ["--no-install", "tsx", "scripts/serve.ts", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: env({ NEXT_DIST_DIR: distDir, DATABASE_URL: databaseUrl, ATLAS_BENCH: "1" }),
    stdio: "ignore",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/api/incidents?limit=1`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { url, pid: child.pid!, stop: () => process.kill(-child.pid!, "SIGTERM") };
}
