import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user.server";
import { listApiTokens } from "@/lib/auth/api-tokens.server";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { NewTokenForm } from "@/components/account/new-token-form";
import { TokenList } from "@/components/account/token-list";
import pageStyles from "@/components/account/account-page.module.css";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login?next=/account");
  const tokens = await listApiTokens(user.id);
  const passwordChanged = (await searchParams).changed === "password";
  return (
    <div className={pageStyles.accountPage}>
      <h1>Your account</h1>
      <p>
        {user.name} · {user.email} · {ROLE_LABELS[user.role]}
      </p>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">Change password</h2>
        {passwordChanged ? (
          <p className="notice ok" role="status">
            Password changed. You have been signed out everywhere else.
          </p>
        ) : null}
        <ChangePasswordForm />
      </section>
      <section className="card" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">API tokens</h2>
        <p className="muted">
          Scripts send a token as <code>Authorization: Bearer atlas_…</code>. A token can do what your account can. Only a fingerprint is stored: copy a new
          token when it is shown.
        </p>
        <NewTokenForm />
        <TokenList tokens={tokens} />
      </section>
    </div>
  );
}
