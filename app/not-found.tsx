import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

/** Any path no route answers: a page in the site's frame with a way back, and status 404. */
export default function NotFound() {
  return (
    <div className="card empty-state">
      <h1>Page not found</h1>
      <p>There is no page at this address. The link may be wrong, or the page may have moved.</p>
      <p>
        <Link href="/">Go to the overview</Link> or <Link href="/incidents">see all incidents</Link>.
      </p>
    </div>
  );
}
