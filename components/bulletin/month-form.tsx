import Link from "next/link";
import type { Period } from "@/lib/incidents/trends/compare-periods";
import { wholeMonths } from "@/lib/incidents/trends/compare-periods";
import { addMonths, monthOf } from "@/lib/incidents/trends/months";
import { formatMonth } from "@/lib/dates/format-date";
import { bulletinHref } from "@/lib/incidents/bulletin/bulletin-query";
import styles from "./month-form.module.css";

type Props = { filterQuery: string; month: string | undefined; period: Period | null };

/** Choose the bulletin's month (a plain GET form: works without scripts), or step to the month before or after. */
export function MonthForm({ filterQuery, month, period }: Props) {
  const shown = month ?? (period && wholeMonths(period) === 1 ? monthOf(period.from) : undefined);
  return (
    <div className={styles.monthRow}>
      <form action="/bulletin" method="get" className={styles.monthForm}>
        {[...new URLSearchParams(filterQuery)].map(([key, value], i) => (
          <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
        ))}
        <label htmlFor="bulletin-month">Month</label>
        <input id="bulletin-month" type="month" name="month" defaultValue={shown ?? ""} aria-describedby="bulletin-month-help" />
        <button type="submit" className="button">
          Show
        </button>
        <span id="bulletin-month-help" className="muted">
          A month replaces the filter&apos;s dates; left empty, the bulletin covers the filter&apos;s dates or the latest month with incidents.
        </span>
      </form>
      {shown ? (
        <nav aria-label="Other months" className={styles.steps}>
          <Link href={bulletinHref(filterQuery, addMonths(shown, -1))}>← {formatMonth(`${addMonths(shown, -1)}-01`)}</Link>
          <Link href={bulletinHref(filterQuery, addMonths(shown, 1))}>{formatMonth(`${addMonths(shown, 1)}-01`)} →</Link>
        </nav>
      ) : null}
    </div>
  );
}
