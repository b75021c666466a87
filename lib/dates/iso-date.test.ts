import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, daysBetween, isNotInFuture, isRealIsoDate, latestDayToday } from "./iso-date";

/** The former definition, through a Date: the arithmetic must agree with it on every day. */
function viaDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

describe("isRealIsoDate", () => {
  it("agrees with the calendar for every month and day number of many years", () => {
    for (const y of [1899, 1900, 1904, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let mo = 0; mo <= 13; mo++) {
        for (let d = 0; d <= 32; d++) {
          const v = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(isRealIsoDate(v), v).toBe(viaDate(v));
        }
      }
    }
    for (const bad of ["2024-2-01", "2024-02-1", " 2024-02-01", "2024/02/01", ""]) expect(isRealIsoDate(bad)).toBe(false);
  });
});

describe("isNotInFuture", () => {
  afterEach(() => vi.useRealTimers());

  it("allows up to the latest day anywhere on Earth, and moves with the clock both ways", () => {
    vi.useFakeTimers();
    for (const now of ["2024-03-16T09:59:59.999Z", "2024-03-16T10:00:00.000Z", "2024-03-15T10:00:00.000Z", "2024-03-17T23:00:00.000Z"]) {
      vi.setSystemTime(new Date(now));
      const latest = latestDayToday(new Date(now));
      expect(isNotInFuture(latest), now).toBe(true);
      const next = addDays(latest, 1);
      expect(isNotInFuture(next), now).toBe(false);
    }
  });
});

describe("addDays", () => {
  it("crosses month and year ends", () => {
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
  });
});

describe("daysBetween", () => {
  it("is negative when the second date comes first", () => expect(daysBetween("2025-01-01", "2024-12-31")).toBe(-1));
});
