import { CASUALTY_CATEGORIES, CASUALTY_CATEGORY_NAMES } from "@/lib/taxonomy/casualty-categories";

type Parts = Record<(typeof CASUALTY_CATEGORY_NAMES)[number], number | null>;
type Counts = { total: number | null; low?: number | null; high?: number | null } & Parts;

/** Sum of the reported counts, or null when none is reported (null is "not reported", not 0). */
export function sumOfReported(counts: readonly (number | null)[]): number | null {
  const reported = counts.filter((v): v is number => v !== null);
  return reported.length ? reported.reduce((a, b) => a + b, 0) : null;
}

/** Sum of the reported categories, or null when none is reported. */
export function sumOfParts(counts: Parts): number | null {
  return sumOfReported(CASUALTY_CATEGORY_NAMES.map((k) => counts[k]));
}

/** The casualty rule: a total may exceed the sum of its reported categories, never fall below it. */
export function totalBelowParts(total: number | null, sum: number | null): boolean {
  return total !== null && sum !== null && total < sum;
}

/**
 * A total may exceed the sum of the known categories (some dead are not attributed), never fall
 * below it; estimates must bracket the total.
 */
export function casualtyProblems(group: "killed" | "injured", c: Counts): [string[], string][] {
  const out: [string[], string][] = [];
  const sum = sumOfParts(c);
  const noun = group === "killed" ? "killed" : "injured";
  if (totalBelowParts(c.total, sum)) {
    const parts = CASUALTY_CATEGORY_NAMES.filter((k) => c[k] !== null)
      .map((k) => CASUALTY_CATEGORIES[k].toLowerCase())
      .join(" + ");
    out.push([[group, "total"], `Total ${noun} (${c.total}) cannot be less than ${parts} (${sum})`]);
  }
  const low = c.low ?? null;
  const high = c.high ?? null;
  if (low !== null && high !== null && low > high) {
    out.push([[group, "high"], "The high estimate cannot be below the low estimate"]);
  }
  if (c.total !== null && low !== null && c.total < low) {
    out.push([[group, "low"], `The low estimate cannot exceed the total ${noun} (${c.total})`]);
  }
  if (c.total !== null && high !== null && c.total > high) {
    out.push([[group, "high"], `The high estimate cannot be below the total ${noun} (${c.total})`]);
  }
  return out;
}
