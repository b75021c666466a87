const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD string naming a day that exists (no 31 April). */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The latest day anywhere on Earth right now: an analyst east of UTC may rightly enter a date that
 * is still tomorrow in UTC.
 */
export function latestDayToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

export function isNotInFuture(value: string): boolean {
  return value <= latestDayToday();
}

export function isoDateToUtc(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function utcToIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
