"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NAV_LINKS } from "./nav-links";

const matches = (href: string, pathname: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));

/** A navigation link that tells screen readers and sighted users which page is open. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  // /incidents/new is "New incident", not also "Incidents": the most specific entry wins.
  const best = NAV_LINKS.filter((l) => matches(l.href, pathname)).sort((a, b) => b.href.length - a.href.length)[0];
  const current = best?.href === href;
  // No prefetch: rendering every header page on the server while the overview loads competes with
  // its map data and scripts on the same server, for pages an analyst may never open.
  return (
    <Link href={href} prefetch={false} aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  );
}
