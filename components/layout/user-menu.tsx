import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { can } from "@/lib/auth/roles";
import { signOutAction } from "@/lib/auth/actions/sign-in-actions";

/** The header's account area: who is signed in, with links to their account and sign-out, or "Sign in". */
export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="user-menu">
        <Link href="/login" prefetch={false}>
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <div className="user-menu">
      {can(user.role, "user:manage") ? <Link href="/admin/users">Users</Link> : null}
      {/* Named by its text ("Your account: Sara analyst"), not an aria-label, so speech users can say what they see. */}
      <Link href="/account">
        <span className="visually-hidden">Your account: </span>
        {user.name} <span className="role-badge">{user.role}</span>
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="link-button">
          Sign out
        </button>
      </form>
    </div>
  );
}
