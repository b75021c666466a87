import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequestAdmission, type AdmissionLimits } from "./request-admission";

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Files that cost a few milliseconds and never touch the database: served at once, never queued. */
export const skipsTheQueue = (url: string) => url.startsWith("/_next/static/") || url === "/icon.svg" || url === "/favicon.ico";

/**
 * An http request listener that hands requests to `handle` in turn (lib/server/request-admission.ts),
 * answers 503 with Retry-After when too many wait, and 500 when `handle` fails before answering.
 */
export function admittingListener(handle: Handle, limits: AdmissionLimits) {
  const admission = createRequestAdmission(limits);
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      console.error(`Failed to handle ${req.method} ${req.url}`, error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal server error");
    });
  };
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    if (skipsTheQueue(req.url ?? "")) return serve(req, res);
    const admitted = admission.admit({
      onEnd: (ended) => {
        res.once("finish", ended);
        res.once("close", ended);
      },
      abandoned: () => req.socket.destroyed,
      start: () => serve(req, res),
    });
    if (!admitted) {
      res.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5", "X-Content-Type-Options": "nosniff" });
      res.end("The server is busy: try again in a few seconds.");
    }
  };
  return Object.assign(listener, { admission });
}
