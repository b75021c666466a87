import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { can } from "@/lib/auth/roles";
import { signOutAction } from "@/lib/auth/actions/sign-in-actions";
import styles from "./site-header.module.css";

/** The header's account area: who is signed in, with links to their account and sign-out, or "Sign in". */
export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className={styles.userMenu}>
        <Link href="/login" prefetch={false}>
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <div className={styles.userMenu}>
      {can(user.role, "user:manage") ? <Link href="/admin/users">Users</Link> : null}
      {can(user.role, "settings:manage") ? <Link href="/admin/settings">Settings</Link> : null}
      {/* Named by its text ("Your account: Sara analyst"), not an aria-label, so speech users can say what they see. */}
      <Link href="/account">
        <span className="visually-hidden">Your account: </span>
        {user.name} <span className={styles.roleBadge}>{user.role}</span>
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={styles.linkButton}>
          Sign out
        </button>
      </form>
    </div>
  );
}
