import Link from "next/link";
import { NAV_LINKS } from "./nav-links";
import { NavLink } from "./nav-link";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Incident Atlas
      </Link>
      <nav aria-label="Main">
        <ul>
          {NAV_LINKS.map((link) => (
            <li key={link.href}>
              <NavLink href={link.href}>{link.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <UserMenu />
    </header>
  );
}
