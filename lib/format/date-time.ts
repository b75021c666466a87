/** "16 Mar 2024, 09:30 UTC": record-keeping times (history, tokens, users), always in UTC. */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC";
}
