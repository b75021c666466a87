import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { hasAnyUser } from "@/lib/auth/users.server";
import { safeRedirectPath } from "@/lib/auth/redirect-path";
import authStyles from "@/components/auth/auth.module.css";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeRedirectPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  const firstRun = !(await hasAnyUser());
  return (
    <div className={authStyles.authPage}>
      <h1>Sign in</h1>
      {firstRun ? (
        <p className="notice">
          No account exists yet. <Link href="/setup">Create the first administrator</Link>.
        </p>
      ) : (
        <p className="muted">Analysts sign in to add and edit records. Ask an administrator for an account.</p>
      )}
      <LoginForm next={next} />
    </div>
  );
}
