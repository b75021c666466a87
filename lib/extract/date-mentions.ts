import * as chrono from "chrono-node";
import { addDays, isoDateToUtc } from "@/lib/dates/iso-date";

export type DateMention = { date: string; index: number; length: number; kind: "calendar" | "weekday" | "relative" };

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const RELATIVE: readonly [RegExp, number][] = [
  [/\b(?:last night|yesterday|overnight|a day earlier)\b/gi, -1],
  [/\b(?:today|this morning|this afternoon|tonight)\b/gi, 0],
];

// chrono does not read day ranges ("December 20-21"): keep the first day, blank the rest in place.
const blankRanges = (text: string) =>
  text.replace(/(\d{1,2})(\s*[-–/]\s*\d{1,2})(?!\d)/g, (_m, first: string, rest: string) => first + " ".repeat(rest.length));

// "ahead of the July 25 polls", "scheduled for March 3": a day still to come when the report was written.
const FUTURE_BEFORE = /\b(?:ahead of|in the run-up to|scheduled for|slated for|due (?:on|by)|until|till|by|before|upcoming|next)\s+(?:the\s+)?$/i;
// "Sunday (September 22) night", "on Friday, March 3": a day named with its weekday.
const WEEKDAY_BEFORE = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*[,(]?\s*$/i;

/**
 * The year of a day named without one: the publication's (the latest such day not after it); on a page
 * with no date, a year the text names elsewhere, only when the weekday named with the day agrees.
 */
function yearOf(month: number, day: number, before: string, published: string | null, textYears: readonly number[]): number | null {
  if (published) {
    const year = Number(published.slice(0, 4));
    return `${year}-${pad(month)}-${pad(day)}` > published ? year - 1 : year;
  }
  const weekday = WEEKDAY_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (!weekday) return null;
  const fits = textYears.filter((y) => new Date(Date.UTC(y, month - 1, day)).getUTCDay() === WEEKDAYS.indexOf(weekday));
  return fits.length === 1 ? fits[0]! : null;
}

function calendarMentions(text: string, published: string | null, textYears: readonly number[]): DateMention[] {
  const ref = published ? isoDateToUtc(published) : new Date(Date.UTC(2000, 0, 1));
  // The strict parser reads calendar dates only; weekdays and relative words are resolved below.
  return chrono.strict.parse(blankRanges(text), { instant: ref, timezone: 0 }, { forwardDate: false }).flatMap((r) => {
    if (!r.start.isCertain("day") || !r.start.isCertain("month") || !NAMES_A_DAY.test(r.text)) return [];
    const day = r.start.get("day")!;
    const month = r.start.get("month")!;
    const before = text.slice(Math.max(0, r.index - 30), r.index);
    let year = r.start.isCertain("year") ? r.start.get("year")! : null;
    if (year === null) {
      if (FUTURE_BEFORE.test(before)) return [];
      year = yearOf(month, day, before, published, textYears);
      if (year === null) return [];
    }
    return [{ date: `${year}-${pad(month)}-${pad(day)}`, index: r.index, length: r.text.length, kind: "calendar" as const }];
  });
}

// "a day after" and "12:39pm" parse as dates; a calendar date names its month.
const NAMES_A_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b\d{1,2}[/-]\d{1,2}\b/i;
const pad = (n: number) => String(n).padStart(2, "0");

function weekdayMentions(text: string, published: string): DateMention[] {
  const out: DateMention[] = [];
  const re = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
  const publishedDay = isoDateToUtc(published).getUTCDay();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // News reports name the most recent such day, up to and including the day of publication.
    const back = (publishedDay - WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 7) % 7;
    out.push({ date: addDays(published, -back), index: m.index, length: m[0].length, kind: "weekday" });
  }
  return out;
}

function relativeMentions(text: string, published: string): DateMention[] {
  return RELATIVE.flatMap(([re, days]) =>
    [...text.matchAll(re)].map((m) => ({ date: addDays(published, days), index: m.index, length: m[0].length, kind: "relative" as const })),
  );
}

/**
 * Every day a sentence names, resolved against the publication date (YYYY-MM-DD) when there is one;
 * without one, `textYears` (the years the whole text names) may date a day named with its weekday.
 */
export function findDateMentions(text: string, published: string | null, textYears: readonly number[] = []): DateMention[] {
  const calendar = calendarMentions(text, published, textYears);
  if (!published) return calendar;
  const overlaps = (m: DateMention) => calendar.some((c) => m.index < c.index + c.length && c.index < m.index + m.length);
  return [...calendar, ...[...weekdayMentions(text, published), ...relativeMentions(text, published)].filter((m) => !overlaps(m))].sort(
    (a, b) => a.index - b.index,
  );
}
