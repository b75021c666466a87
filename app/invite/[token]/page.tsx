import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInviteForm } from "@/components/auth/accept-invite-form";
import { pendingInviteFor } from "@/lib/auth/invites.server";
import { INVITE_NOT_VALID } from "@/lib/auth/invite-token";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/dates/format-date-time";
import authStyles from "@/components/auth/auth.module.css";

// The token is in the address: keep it out of Referer headers and search indexes. `strict-origin`
// sends only the origin, never the path, and keeps the Origin header on the form's own post
// (`no-referrer` made browsers without JavaScript send `Origin: null`, which Next.js refuses).
export const metadata: Metadata = { title: "Accept invitation", referrer: "strict-origin", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/** Where an invitation link lands: choose a password, or a plain refusal for any link that cannot be used. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await pendingInviteFor(token);
  if (!invite) {
    return (
      <div className={authStyles.authPage}>
        <h1>Invitation link not valid</h1>
        <p className="notice error">{INVITE_NOT_VALID}</p>
        <p>
          Already have an account? <Link href="/login">Sign in</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className={authStyles.authPage}>
      <h1>Welcome, {invite.name}</h1>
      <p>
        You are invited to Incident Atlas. Choose a password to finish creating your account for <strong>{invite.email}</strong>.
      </p>
      <p>
        Your role: <strong>{ROLE_LABELS[invite.role]}</strong>.
      </p>
      <p className="muted">This link works once and expires on {formatDateTime(invite.expiresAt.toISOString())}.</p>
      <AcceptInviteForm token={token} email={invite.email} />
    </div>
  );
}
