/**
 * The day a page was published when the analyst gives none: the date in the report's address
 * ("/2013/05/21/", "-20130520-story", "/23-May-2012/", "/2009/sep/02/"), or in the address the page quotes as its own
 * source ("original source at http://…/2013/05/21/…"); with only a year and month there ("/2013/10/"),
 * the day of the page's dateline ("KABUL, Oct. 13 (Xinhua) —"). Null when the page says neither.
 */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";

const pad = (n: number) => String(n).padStart(2, "0");

function valid(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? `${year}-${pad(month)}-${pad(day)}` : null;
}

const month = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/** A full date written in an address's path. */
export function dateInUrl(url: string): string | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "");
  const patterns: [RegExp, (m: RegExpExecArray) => string | null][] = [
    // "/2013/05/21/" (not "/2009/05/26-killed-…", a slug's number); "-2013-05-21-".
    [/\/((?:19|20)\d\d)\/(\d\d?)\/(\d\d?)(?=$|[/.])/, (m) => valid(+m[1]!, +m[2]!, +m[3]!)],
    [/(?:^|[/_-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?=$|[/_.-])/, (m) => valid(+m[1]!, +m[2]!, +m[3]!)],
    [/(?:^|[/_-])((?:19|20)\d\d)(\d\d)(\d\d)(?=$|[/_.-])/, (m) => valid(+m[1]!, +m[2]!, +m[3]!)],
    [new RegExp(`(?:^|[/_-])(\\d\\d?)-${MONTH_WORD}-((?:19|20)\\d\\d)(?=$|[/_.-])`, "i"), (m) => valid(+m[3]!, month(m[2]!), +m[1]!)],
    [new RegExp(`(?:^|[/_-])((?:19|20)\\d\\d)-${MONTH_WORD}-(\\d\\d?)(?=$|[/_.-])`, "i"), (m) => valid(+m[1]!, month(m[2]!), +m[3]!)],
    // "/2009/sep/02/": a year, a month's name and a day as folders.
    [new RegExp(`\\/((?:19|20)\\d\\d)\\/${MONTH_WORD}\\/(\\d\\d?)(?=$|[/.])`, "i"), (m) => valid(+m[1]!, month(m[2]!), +m[3]!)],
  ];
  for (const [re, read] of patterns) {
    const m = re.exec(path);
    const date = m ? read(m) : null;
    if (date) return date;
  }
  return null;
}

// "You can find the current article at its original source at http://…", "Original URL: http://…".
const SOURCE_URL = /\b(?:source|original url|url)\b[^.\n]{0,30}?(https?:\/\/\S+)/i;
const YEAR_MONTH_IN_URL = /\/((?:19|20)\d\d)\/(\d\d?)\//;
// "KABUL, Oct. 13 (Xinhua) —", "QUETTA, Aug 8:": a dateline's day, at the start of a line.
const DATELINE_DAY = new RegExp(`(?:^|\\n)\\s*[A-Z][A-Za-z .'-]{1,30},\\s+${MONTH_WORD}\\.?\\s+(\\d\\d?)\\b\\s*(?:\\(|[:—–-])`, "i");

export function pageDate(url: string | null | undefined, text: string): string | null {
  const quoted = SOURCE_URL.exec(text)?.[1];
  const full = (url ? dateInUrl(url) : null) ?? (quoted ? dateInUrl(quoted) : null);
  if (full) return full;
  const ym = url ? YEAR_MONTH_IN_URL.exec(url.replace(/^[a-z]+:\/\/[^/]+/i, "")) : null;
  const dateline = DATELINE_DAY.exec(text.slice(0, 400));
  if (!ym || !dateline || month(dateline[1]!) !== Number(ym[2])) return null;
  return valid(Number(ym[1]), Number(ym[2]), Number(dateline[2]));
}
