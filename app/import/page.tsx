import type { Metadata } from "next";
import Link from "next/link";
import { ImportWizard } from "@/components/import/import-wizard";
import { MAX_IMPORT_BYTES } from "@/lib/import/read-import-file";
import { authorizeAction } from "@/lib/auth/authorize.server";

export const metadata: Metadata = { title: "Import" };
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  const access = await authorizeAction("analyst");
  return (
    <>
      <div className="page-head">
        <h1>Import incidents</h1>
      </div>
      <p className="muted import-intro">
        Rows with the same ACLED <code>event_id_cnty</code> or Atlas id as an existing incident update it. ACLED rows come in as drafts:
        ACLED names outlets, not articles, so add a source before publishing (<Link href="/api/docs">format details</Link>).
      </p>
      {access.ok ? (
        <ImportWizard maxMegabytes={MAX_IMPORT_BYTES / 1024 / 1024} />
      ) : (
        <p className="notice" role="status">
          {access.denial.message}{" "}
          {access.denial.reason === "unauthenticated" && <Link href="/login?next=/import">Sign in</Link>}
        </p>
      )}
    </>
  );
}
