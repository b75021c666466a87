import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { listUsers } from "@/lib/auth/users.server";
import { NewUserForm } from "@/components/admin/new-user-form";
import { UserTable } from "@/components/admin/user-table";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?next=/admin/users");
  if (user.role !== "admin") {
    return (
      <>
        <h1>Users</h1>
        <p className="notice error">Only administrators can manage users.</p>
      </>
    );
  }
  const users = await listUsers();
  return (
    <div className="account-page">
      <h1>Users</h1>
      <section className="card" aria-labelledby="new-user-heading">
        <h2 id="new-user-heading">Add a user</h2>
        <NewUserForm />
      </section>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">Everyone with an account</h2>
        <UserTable users={users} currentUserId={user.id} />
      </section>
    </div>
  );
}
