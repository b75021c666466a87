import Link from "next/link";
import { formatDateTime } from "@/lib/dates/format-date-time";
import { describeImportOrigin, type ImportOrigin } from "@/lib/incidents/audit/import-origin";

type Props = {
  incidentId: number;
  createdAt: string;
  createdBy: string;
  lastEditedBy: string | null;
  lastEditedAt: string | null;
  /** The latest import that wrote this record, as the reader may see it (names and file hidden from the public). */
  lastImport: { by: string; at: string; origin: ImportOrigin } | null;
};

/** "Created by … on …, last edited by … on …", the import it came from, and the way to the full history (decision 005). */
export function EditorsLine({ incidentId, createdAt, createdBy, lastEditedBy, lastEditedAt, lastImport }: Props) {
  return (
    <>
      <p className="muted">
        Created by {createdBy} on {formatDateTime(createdAt)}
        {lastEditedBy && lastEditedAt ? `, last edited by ${lastEditedBy} on ${formatDateTime(lastEditedAt)}` : ""} ·{" "}
        <Link href={`/incidents/${incidentId}/history`}>History</Link>
      </p>
      {lastImport ? (
        <p className="muted">
          Imported {describeImportOrigin(lastImport.origin)} by {lastImport.by} on {formatDateTime(lastImport.at)}
        </p>
      ) : null}
    </>
  );
}
