import { createPointIndexHost, type BBox, type ClusterFeature, type PointIndexReply, type PointIndexRequest } from "./point-index-host";

/** The clustered points of one loaded point set, asked asynchronously. */
export type ClusterSource = {
  getClusters(bbox: BBox, zoom: number): Promise<ClusterFeature[]>;
  expansionZoom(clusterId: number): Promise<number>;
  dispose(): void;
};

type Port = { send(request: PointIndexRequest): void; onReply(handler: (reply: PointIndexReply) => void): void };

let port: Port | null = null;
const waiting = new Map<string, (reply: PointIndexReply) => void>();
let nextKey = 1;
let nextReq = 1;

/** The worker when the browser has one, else the same host on the page (slower start, same answers). */
function openPort(): Port {
  if (typeof Worker !== "undefined") {
    const worker = new Worker(new URL("./point-index.worker.ts", import.meta.url));
    return {
      send: (request) => worker.postMessage(request),
      onReply: (handler) => worker.addEventListener("message", (e: MessageEvent<PointIndexReply>) => handler(e.data)),
    };
  }
  const host = createPointIndexHost();
  let handle: (reply: PointIndexReply) => void = () => undefined;
  return {
    send: (request) =>
      queueMicrotask(() => {
        const reply = host(request);
        if (reply) handle(reply);
      }),
    onReply: (handler) => (handle = handler),
  };
}

function replyId(reply: PointIndexReply): string {
  if (reply.type === "built") return `k${reply.key}`;
  if (reply.type === "error" && reply.req === undefined) return `k${reply.key}`;
  return `r${reply.req}`;
}

function settle(reply: PointIndexReply) {
  const id = replyId(reply);
  const handler = waiting.get(id);
  waiting.delete(id);
  handler?.(reply);
}

function connection(): Port {
  if (!port) {
    port = openPort();
    port.onReply(settle);
  }
  return port;
}

/** Starts the worker early, so its code loads while the points are still on their way. */
export function openClusterWorker(): void {
  connection();
}

function ask<T>(id: string, request: PointIndexRequest, read: (reply: PointIndexReply) => T): Promise<T> {
  const sent = connection();
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, (reply) => (reply.type === "error" ? reject(new Error(reply.message)) : resolve(read(reply))));
    sent.send(request);
  });
}

/** Clusters a map points payload (GET /api/incidents/map) off the main thread. */
export async function buildClusterSource(buffer: ArrayBuffer): Promise<ClusterSource> {
  const key = nextKey++;
  await ask(`k${key}`, { type: "build", key, buffer }, () => undefined);
  return {
    getClusters(bbox, zoom) {
      const req = nextReq++;
      return ask(`r${req}`, { type: "clusters", key, req, bbox, zoom }, (r) => (r.type === "clusters" ? r.features : []));
    },
    expansionZoom(clusterId) {
      const req = nextReq++;
      return ask(`r${req}`, { type: "expand", key, req, clusterId }, (r) => (r.type === "expand" ? r.zoom : 0));
    },
    dispose: () => port?.send({ type: "drop", key }),
  };
}
