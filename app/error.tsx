"use client";

import Link from "next/link";

/**
 * An unexpected failure while rendering a page: a friendly page in the site's frame, never a stack
 * trace. The server has logged the error with its digest; the digest shown here lets a report be
 * matched to that log line.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card empty-state" role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown because of an error on our side.</p>
      {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
      <p>
        <button type="button" className="button secondary" onClick={reset}>
          Try again
        </button>{" "}
        or <Link href="/">go to the overview</Link>.
      </p>
    </div>
  );
}
