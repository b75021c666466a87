import Link from "next/link";
import { formatDateTime } from "@/lib/dates/format-date-time";

type Props = {
  incidentId: number;
  createdAt: string;
  createdBy: string;
  lastEditedBy: string | null;
  lastEditedAt: string | null;
};

/** "Created by … on …, last edited by … on …" and the way to the full history (decision 005). */
export function EditorsLine({ incidentId, createdAt, createdBy, lastEditedBy, lastEditedAt }: Props) {
  return (
    <p className="muted">
      Created by {createdBy} on {formatDateTime(createdAt)}
      {lastEditedBy && lastEditedAt ? `, last edited by ${lastEditedBy} on ${formatDateTime(lastEditedAt)}` : ""} ·{" "}
      <Link href={`/incidents/${incidentId}/history`}>History</Link>
    </p>
  );
}
