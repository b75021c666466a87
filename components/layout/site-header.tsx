import Link from "next/link";
import { NAV_LINKS } from "./nav-links";
import { NavLink } from "./nav-link";
import { UserMenu } from "./user-menu";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { can } from "@/lib/auth/roles";
import styles from "./site-header.module.css";

export async function SiteHeader() {
  const user = await getCurrentUser();
  const links = NAV_LINKS.filter((link) => !link.requires || can(user?.role, link.requires));
  return (
    <header className={styles.siteHeader}>
      <Link href="/" className={styles.brand}>
        Incident Atlas
      </Link>
      <nav aria-label="Main">
        <ul>
          {links.map((link) => (
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
