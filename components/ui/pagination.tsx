import Link from "next/link";
import styles from "./pagination.module.css";

type Props = {
  /** The list's first page, or null when this is it. */
  firstHref: string | null;
  /** The page before this one, or null at the start. */
  previousHref: string | null;
  /** The page after this one, or null at the end. */
  nextHref: string | null;
  pageSize: number;
  label: string;
};

/**
 * Links through a list read by keyset (decision 028): First, Previous and Next, each a plain link a
 * keyboard or screen reader reaches in order and a visitor can share. There is no page number: a
 * page is where it starts, not how far it is from the start.
 */
export function Pagination({ firstHref, previousHref, nextHref, pageSize, label }: Props) {
  if (!firstHref && !previousHref && !nextHref) return null;
  return (
    <nav className={styles.pagination} aria-label={label}>
      {firstHref ? (
        <Link className="button secondary" href={firstHref}>
          First page
        </Link>
      ) : null}
      {previousHref ? (
        <Link className="button secondary" href={previousHref} rel="prev">
          ← Previous {pageSize}
        </Link>
      ) : null}
      {nextHref ? (
        <Link className="button secondary" href={nextHref} rel="next">
          Next {pageSize} →
        </Link>
      ) : null}
    </nav>
  );
}
