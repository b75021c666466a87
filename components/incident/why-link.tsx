import Link from "next/link";
import { whyHref } from "@/lib/sources/provenance/why-href";
import styles from "./why-link.module.css";

/**
 * A value in a list or popup that opens, in one click, the incident page with the reports and quotes
 * behind it (issue #13, part 4).
 */
export function WhyLink({ incidentId, field, label, children }: { incidentId: number; field: string; label: string; children: React.ReactNode }) {
  return (
    <Link href={whyHref(incidentId, field)} className={styles.why} aria-label={`${label}: where this comes from`}>
      {children}
    </Link>
  );
}
