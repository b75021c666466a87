import { utcDateFormat } from "@/lib/format/intl";

/** "16 Mar 2024, 09:30 UTC": record-keeping times (history, tokens, users), always in UTC. */
export function formatDateTime(iso: string): string {
  return utcDateFormat({ dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)) + " UTC";
}
