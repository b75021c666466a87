import { withFilter } from "../filter/filter-url";
import { describeChange, previousLabel } from "../trends/compare-periods";
import { listHref } from "../trends/trend-links";
import type { PeriodFigures } from "../trends/trends-types";

/** The period's figures and the same figures for the periods it is compared with. */
export type BulletinFigures = { current: PeriodFigures; previous: PeriodFigures; yearEarlier: PeriodFigures; disputed: number };

/** A number shown with the incident list behind it (the same links the trends page uses). */
export type LinkedNumber = { value: number; href: string };

export type Headline = LinkedNumber & {
  name: string;
  /** The incidents behind the number, as its footnote in the PDF lists them. */
  behind: "current" | "disputed";
  changes: (LinkedNumber & { text: string; period: "previous" | "yearEarlier" })[];
};

/**
 * The bulletin's headline figures, each with its change on the previous period and on the same days a
 * year earlier, in words ("up 38% on the previous month"), and the list behind every number.
 */
export function bulletinHeadlines(figures: BulletinFigures, filterQuery: string): Headline[] {
  const { current, previous, yearEarlier } = figures;
  const against = previousLabel(current);
  const measure = (name: string, key: "count" | "killed"): Headline => ({
    name,
    value: current[key],
    href: listHref(filterQuery, current),
    behind: "current",
    changes: [
      { period: "previous", text: describeChange(current[key], previous[key], against), value: previous[key], href: listHref(filterQuery, previous) },
      {
        period: "yearEarlier",
        text: describeChange(current[key], yearEarlier[key], "the same period a year earlier"),
        value: yearEarlier[key],
        href: listHref(filterQuery, yearEarlier),
      },
    ],
  });
  return [
    measure("Incidents", "count"),
    measure("Killed", "killed"),
    {
      name: "Incidents with disputed figures",
      value: figures.disputed,
      href: listHref(withFilter(filterQuery, { disputed: "true" }), current),
      behind: "disputed",
      changes: [],
    },
  ];
}
