import type { Metadata } from "next";
import { pageAccess } from "@/lib/auth/page-access.server";
import { AccessDenied } from "@/components/auth/access-denied";
import { SettingsForm } from "@/components/admin/settings-form";
import { getAtlasSettings } from "@/lib/settings/atlas-settings.server";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

/** The Atlas's settings: who may publish (decision 017). Admins only. */
export default async function SettingsPage() {
  const access = await pageAccess("/admin/settings", "settings:manage");
  if (!access.allowed) return <AccessDenied title="Settings" role={access.user.role} need="admin" />;
  return (
    <div>
      <h1>Settings</h1>
      <section className="card" aria-labelledby="publishing-heading">
        <h2 id="publishing-heading">Publishing</h2>
        <SettingsForm settings={await getAtlasSettings()} />
      </section>
    </div>
  );
}
