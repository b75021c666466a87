import { serverRssMb } from "./server-memory";

/** Samples the server's resident memory (server-memory.ts) every `everyMs` until stopped; the peak in MB. */
export function samplePeakRss(pid: number, everyMs = 250): { stop: () => number } {
  let peak = serverRssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, serverRssMb(pid))), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, serverRssMb(pid));
    },
  };
}
