import Link from "next/link";
import { formatDateTime } from "@/lib/dates/format-date-time";
import { describeImportOrigin, type ImportOrigin } from "@/lib/incidents/audit/import-origin";

type Props = {
  incidentId: number;
  createdAt: string;
  createdBy: string;
  /** When the record was added to this Atlas (History's "Created" entry); null for records older than the history. */
  addedAt: string | null;
  lastEditedBy: string | null;
  lastEditedAt: string | null;
  /** The latest import that wrote this record, as the reader may see it (names and file hidden from the public). */
  lastImport: { by: string; at: string; origin: ImportOrigin } | null;
};

// An import or restore of an Atlas export keeps the record's own creation time from the file; the
// minute it was added here is History's. Within a minute they are the same moment.
const KEPT_FROM_FILE_MS = 60_000;

/** "Created by … on …" or, for a record loaded from a file, "Created on … (kept from …), added by … on …". */
function createdPhrase({ createdAt, createdBy, addedAt }: Pick<Props, "createdAt" | "createdBy" | "addedAt">): string {
  const kept = addedAt !== null && Math.abs(Date.parse(addedAt) - Date.parse(createdAt)) > KEPT_FROM_FILE_MS;
  return kept
    ? `Created on ${formatDateTime(createdAt)} (kept from the file it was loaded from), added here by ${createdBy} on ${formatDateTime(addedAt)}`
    : `Created by ${createdBy} on ${formatDateTime(createdAt)}`;
}

/** "Created by … on …, last edited by … on …", the import it came from, and the way to the full history (decision 005). */
export function EditorsLine({ incidentId, createdAt, createdBy, addedAt, lastEditedBy, lastEditedAt, lastImport }: Props) {
  return (
    <>
      <p className="muted">
        {createdPhrase({ createdAt, createdBy, addedAt })}
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
