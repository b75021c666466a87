const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const DAY_MS = 86_400_000;
const AHEAD_MS = 14 * 3600_000;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a YYYY-MM-DD string naming a day that exists (no 31 April). */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Arithmetic rather than a Date per call: an import checks every row's dates.
  return y >= 1900 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * The latest day anywhere on Earth right now: an analyst east of UTC may rightly enter a date that
 * is still tomorrow in UTC.
 */
export function latestDayToday(now: Date = new Date()): string {
  return new Date(now.getTime() + AHEAD_MS).toISOString().slice(0, 10);
}

// The answer changes once a day: kept with the span of clock times it holds for, so a check per
// imported row costs a comparison, not a Date and a string.
let latest = { day: "", from: 0, until: 0 };

export function isNotInFuture(value: string): boolean {
  const now = Date.now();
  if (now < latest.from || now >= latest.until) {
    const from = Math.floor((now + AHEAD_MS) / DAY_MS) * DAY_MS - AHEAD_MS;
    latest = { day: latestDayToday(new Date(now)), from, until: from + DAY_MS };
  }
  return value <= latest.day;
}

export function isoDateToUtc(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function utcToIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `days` after (or before, when negative) a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  return utcToIsoDate(new Date(isoDateToUtc(isoDate).getTime() + days * DAY_MS));
}

/** Whole days from one YYYY-MM-DD date to another: negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((isoDateToUtc(to).getTime() - isoDateToUtc(from).getTime()) / DAY_MS);
}
