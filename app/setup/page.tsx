import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/auth/setup-form";
import { hasAnyUser } from "@/lib/auth/users.server";
import authStyles from "@/components/auth/auth.module.css";

export const metadata: Metadata = { title: "First setup" };
export const dynamic = "force-dynamic";

/** First run only: creates the first administrator. Once anyone has an account it sends you to sign in. */
export default async function SetupPage() {
  if (await hasAnyUser()) redirect("/login");
  return (
    <div className={authStyles.authPage}>
      <h1>Create the first administrator</h1>
      <p className="muted">
        This Atlas has no accounts yet. The administrator you create here can add analysts and viewers. This page closes once the account exists.
      </p>
      <SetupForm />
    </div>
  );
}
