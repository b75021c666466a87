import Link from "next/link";
import styles from "./pagination.module.css";

type Props = {
  page: number;
  pageCount: number;
  /** Builds the link to another page, keeping the rest of the query string. */
  hrefFor: (page: number) => string;
  label: string;
};

export function Pagination({ page, pageCount, hrefFor, label }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.pagination} aria-label={label}>
      {page > 1 ? (
        <Link className="button secondary" href={hrefFor(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : null}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link className="button secondary" href={hrefFor(page + 1)} rel="next">
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
