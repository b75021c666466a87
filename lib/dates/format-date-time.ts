import { utcDateFormat } from "@/lib/format/intl";

/** "16 Mar 2024, 09:30 UTC": record-keeping times (history, tokens, users), always in UTC. */
export function formatDateTime(iso: string): string {
  return utcDateFormat({ dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)) + " UTC";
}

/** The UTC day of a record-keeping time: "16 Mar 2024". */
export function formatDayOf(instant: string | Date): string {
  return utcDateFormat({ dateStyle: "medium" }).format(new Date(instant));
}
