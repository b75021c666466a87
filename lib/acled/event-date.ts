import { isRealIsoDate } from "@/lib/dates/iso-date";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/**
 * ACLED dates as YYYY-MM-DD. The API writes 2024-03-16; exports from ACLED's website and older files
 * write "16 March 2024" or "16-March-2024" (month names may be abbreviated). Null if unreadable.
 */
export function acledDateToIso(value: string): string | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return isRealIsoDate(v) ? v : null;
  const m = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(v);
  if (!m) return null;
  const name = m[2]!.toLowerCase();
  const month = MONTHS.findIndex((full) => full === name || (name.length >= 3 && full.startsWith(name)));
  if (month === -1) return null;
  const iso = `${m[3]}-${String(month + 1).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return isRealIsoDate(iso) ? iso : null;
}
