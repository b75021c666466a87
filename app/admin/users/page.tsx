import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { can } from "@/lib/auth/roles";
import { listUsers } from "@/lib/auth/users.server";
import { listPendingInvites } from "@/lib/auth/invites.server";
import { InviteUserForm } from "@/components/admin/invite-user-form";
import { UserTable } from "@/components/admin/user-table";
import { env } from "@/lib/env.server";
import { siteOrigin } from "@/lib/auth/invite-link";
import pageStyles from "@/components/account/account-page.module.css";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?next=/admin/users");
  if (!can(user.role, "user:manage")) {
    return (
      <>
        <h1>Users</h1>
        <p className="notice error">Only administrators can manage users.</p>
      </>
    );
  }
  const [users, invites] = await Promise.all([listUsers(), listPendingInvites()]);
  return (
    <div className={pageStyles.accountPage}>
      <h1>Users</h1>
      <section className="card" aria-labelledby="new-user-heading">
        <h2 id="new-user-heading">Invite a user</h2>
        <p className="muted">You get a link to send them, shown once. It works once, for seven days; with it they choose their own password.</p>
        {env.BETTER_AUTH_URL ? null : (
          <p className="notice">
            Invitation links start with the address you opened Atlas at, <strong>{siteOrigin(undefined, await headers())}</strong>. If your colleagues reach
            Atlas at another address, set <code>BETTER_AUTH_URL</code> to it (see the README) so links always use it.
          </p>
        )}
        <InviteUserForm />
      </section>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">Accounts and invitations</h2>
        <UserTable users={users} invites={invites} currentUserId={user.id} />
      </section>
    </div>
  );
}
