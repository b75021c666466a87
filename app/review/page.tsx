import type { Metadata } from "next";
import Link from "next/link";
import { pageAccess } from "@/lib/auth/page-access.server";
import { can } from "@/lib/auth/roles";
import { AccessDenied } from "@/components/auth/access-denied";
import { ReviewQueue } from "@/components/review/review-queue";
import { reviewQueue } from "@/lib/incidents/review/review-queries.server";
import { getAtlasSettings } from "@/lib/settings/atlas-settings.server";

export const metadata: Metadata = { title: "Review" };
export const dynamic = "force-dynamic";

/** What waits for review, oldest submitted first (decision 017). Analysts and admins. */
export default async function ReviewPage() {
  const access = await pageAccess("/review", "incident:review");
  if (!access.allowed) return <AccessDenied title="Review" role={access.user.role} />;
  const [items, settings] = await Promise.all([reviewQueue(), getAtlasSettings()]);
  return (
    <div>
      <div className="page-head">
        <h1>Review</h1>
        <p className="muted" role="status">
          {items.length === 0 ? "Nothing waits for review." : `${items.length} ${items.length === 1 ? "record waits" : "records wait"} for review`}
        </p>
      </div>
      <p className="muted">
        {settings.singleAnalystPublishing
          ? "Single-analyst publishing is on: analysts may publish what they submitted themselves."
          : "Another analyst or an admin publishes what an analyst submits."}{" "}
        {can(access.user.role, "settings:manage") ? <Link href="/admin/settings">Settings</Link> : null} · Drafts:{" "}
        <Link href="/incidents?status=draft">list</Link> · Rejected: <Link href="/incidents?status=rejected">list</Link>
      </p>
      {items.length > 0 ? <ReviewQueue items={items} /> : null}
    </div>
  );
}
