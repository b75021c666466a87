import type { Metadata } from "next";
import Link from "next/link";
import { ImportWizard } from "@/components/import/import-wizard";
import { MAX_IMPORT_BYTES } from "@/lib/import/read-import-file";
import { pageAccess } from "@/lib/auth/page-access.server";
import { AccessDenied } from "@/components/auth/access-denied";
import styles from "@/components/import/import.module.css";

export const metadata: Metadata = { title: "Import" };
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  const access = await pageAccess("/import", "import:run");
  if (!access.allowed) return <AccessDenied title="Import incidents" role={access.user.role} />;
  return (
    <>
      <div className="page-head">
        <h1>Import incidents</h1>
      </div>
      <p className={`muted ${styles.importIntro}`}>
        Rows with the same ACLED <code>event_id_cnty</code> or Atlas id as an existing incident update it. ACLED rows come in as drafts: ACLED names outlets,
        not articles, so add a source before publishing (<Link href="/api/docs">format details</Link>).
      </p>
      <ImportWizard maxMegabytes={MAX_IMPORT_BYTES / 1024 / 1024} />
    </>
  );
}
