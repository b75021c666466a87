import { createPointIndexHost, type PointIndexReply, type PointIndexRequest } from "./point-index-host";

// Building the clusters for 100,000 points takes most of a second: here it runs beside the page's
// own start-up (Leaflet's code, hydration) instead of after it, on the main thread.
const scope = self as unknown as { onmessage: (e: MessageEvent<PointIndexRequest>) => void; postMessage: (m: PointIndexReply) => void };
const host = createPointIndexHost();

scope.onmessage = (event) => {
  const reply = host(event.data);
  if (reply) scope.postMessage(reply);
};
